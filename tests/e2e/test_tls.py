"""TLS: the desk verifies the hub's certificate — an untrusted one stops the run."""

from __future__ import annotations

import shutil
import ssl
import subprocess

import pytest
from sync_support import HubThread, add_visits

from helpdesk.core.errors import StopTarget
from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.tokens import add_token

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not shutil.which("openssl"), reason="openssl is not installed")]


@pytest.fixture
def certificate(tmp_path):
    """A self-signed certificate for 127.0.0.1 (trusted by nobody)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True,
                   timeout=60)
    return str(cert), str(key)


def test_an_untrusted_certificate_stops_the_run_and_sends_nothing(ready_services, sqlite_hub,
                                                                  certificate):
    """Self-signed hub: nothing sent, the certificate sentence; trusted, everything goes."""
    add_visits(ready_services, 2)
    token = add_token(sqlite_hub, "Test desk")
    with HubThread(sqlite_hub, cert=certificate[0], key=certificate[1]) as hub:
        target = ready_services.sync.add_target(TargetDraft(name="hub", kind="http",
                                                            url=hub.url, token=token))
        report = ready_services.sync.run()
        assert report.waiting == 3
        assert "certificate" in report.problems[0].message
        with pytest.raises(StopTarget):
            ready_services.sync.test_target(TargetDraft(name="hub", kind="http", url=hub.url),
                                            target.id)
        # As if the hub's certificate authority were among the trusted ones.
        ready_services.sync.verify = ssl.create_default_context(cafile=certificate[0])
        assert ready_services.sync.run().waiting == 0
