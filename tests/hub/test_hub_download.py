"""GET /v1/reports: the network's sheet over HTTP from a real uvicorn on loopback, for
coordinators only, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import tempfile
import threading
import time

import httpx
import pytest
from network_data import BUURTBAR, IN_WEEK, ROOM, VISITS_PER_SPOT
from sync_support import HubThread, wait_until

from helpdesk.core.errors import ExportCancelled
from helpdesk.hub.sheets import SheetSettings
from helpdesk.hub.tokens import COORDINATOR, add_token, revoke_tokens

openpyxl = pytest.importorskip("openpyxl")
WEEK_47 = {"week": "2026-W47"}


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """The folder the hub makes its temporary sheets in (the test's own, to look into)."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def hub(network, scratch):
    """The real hub app on loopback over the two desks' records; a coordinator's token."""
    with HubThread(network.db, sheets=SheetSettings.load("Réseau EPN")) as served:
        served.coordinator = add_token(network.db, "Nadia", COORDINATOR)
        yield served


def get(hub, params, token=None, **kwargs) -> httpx.Response:
    token = hub.coordinator if token is None else token
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.get(f"{hub.url}/v1/reports", params=params, headers=headers, timeout=60,
                     **kwargs)


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")),
                               delimiter=";" if response.content[:3] == b"\xef\xbb\xbf"
                               else ","))


def empty_soon(folder) -> bool:
    """True once the folder is empty (the hub removes a sheet just after its last byte)."""
    return wait_until(lambda: not any(folder.iterdir()), step=0.01)


def test_a_coordinator_downloads_the_network_sheet(hub, network, scratch):
    """The XLSX adds up both desks' week as the command's does, named and typed for saving."""
    answer = get(hub, {**WEEK_47, "format": "xlsx", "lang": "en"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert answer.headers["content-disposition"] == 'attachment; filename="helpdesk-2026-W47.xlsx"'
    book = openpyxl.load_workbook(io.BytesIO(answer.content))
    summary = [list(r) for r in book["Network summary"].iter_rows(values_only=True)]
    visits = {r[0]: r[3] for r in summary if r and r[0] in [*VISITS_PER_SPOT, "Total"]}
    assert visits == {**VISITS_PER_SPOT, "Total": 6}
    header = [list(r) for r in book["Visits"].iter_rows(values_only=True)]
    assert ["Desk or network", "Réseau EPN"] == header[1][:2]
    assert empty_soon(scratch)


@pytest.mark.parametrize("params, name, visits", [
    ({**WEEK_47, "format": "csv"}, "helpdesk-2026-W47.csv", IN_WEEK),
    ({"from": "2026-11-16", "to": "2026-11-22", "format": "csv-excel", "spot": ROOM},
     "helpdesk-2026-11-16-2026-11-22-excel.csv", {"a1", "a2", "a3", "b1", "b2"}),
    ({"week": "2026-W47", "to-week": "2026-W48", "format": "csv", "spot": [BUURTBAR,
                                                                           "epn molenbeek / "
                                                                           "computer room"]},
     "helpdesk-2026-W47-2026-W48.csv", {"a1", "a2", "a3", "a5", "b3"}),
])
def test_periods_spots_and_csv_flavours(hub, network, params, name, visits):
    """from/to and to-week, spot NAME and DESK/SPOT, both CSV flavours: the rows asked for."""
    answer = get(hub, params)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert answer.headers["content-disposition"] == f'attachment; filename="{name}"'
    assert network.names_of(r["visit_id"] for r in csv_rows(answer)) == visits


def test_the_pdf_in_dutch(hub):
    """A PDF by default, in the language asked for."""
    pypdf = pytest.importorskip("pypdf")
    answer = get(hub, {**WEEK_47, "lang": "nl"})
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    pages = pypdf.PdfReader(io.BytesIO(answer.content)).pages
    assert len(pages) == 4 and "Gemaakt uit 6 bezoekrecords" in pages[0].extract_text()


def test_a_preset_over_http_is_the_funders_view(hub):
    """?preset=pan_brussels: the PDF in French with the PAN publics, its other sections out."""
    pypdf = pytest.importorskip("pypdf")
    answer = get(hub, {**WEEK_47, "preset": "pan_brussels", "lang": "en"})
    assert answer.status_code == 200
    words = pypdf.PdfReader(io.BytesIO(answer.content)).pages[0].extract_text()
    assert "Chiffres demandés par le financeur" in words and "65 ans et plus" in words
    assert "Résultat" not in words and "Visites par jour et par heure" not in words


def test_only_a_coordinators_token_downloads(hub, network):
    """No or an unknown token: 401; a desk's token: 403; a revoked coordinator's: 401. A
    coordinator's token sends nothing."""
    desk = add_token(network.db, "EPN Anderlecht")
    for token, status in (("", 401), ("not-a-token", 401), (desk, 403)):
        answer = get(hub, WEEK_47, token=token)
        assert answer.status_code == status and "detail" in answer.json()
    assert get(hub, WEEK_47, token="").headers["www-authenticate"] == "Bearer"
    sending = httpx.post(f"{hub.url}/v1/batches", content=b"{}",
                         headers={"Authorization": f"Bearer {hub.coordinator}",
                                  "Content-Type": "application/json"})
    assert sending.status_code == 401
    assert revoke_tokens(network.db, "Nadia", COORDINATOR) == 1
    assert get(hub, WEEK_47).status_code == 401


@pytest.mark.parametrize("params, detail", [
    ({}, "Say which period: week 2026-W47, or from 2026-01-01 to 2026-12-31."),
    ({"week": "2026-W54"}, "The year 2026 has no week 54."),
    ({"week": "2026-W47", "from": "2026-11-16"}, "Give either week or from/to, not both."),
    ({"from": "2026-11-16", "to": "22/11/2026"}, "Write dates like 2026-11-24 (year, month, "
                                                 "day)."),
    ({"week": ["2026-W47", "2026-W48"]}, "Give week only once."),
    ({**WEEK_47, "weeks": "2"}, "weeks is not a parameter of a sheet; use week, to-week, "
                                "from, to, spot, format, lang and preset."),
    ({**WEEK_47, "preset": "nope"}, "There is no sheet preset called nope; the presets are: "
                                    "digibank, pan_brussels."),
    ({**WEEK_47, "preset": "../etc"}, "A preset is named in lowercase letters, digits and _, "
                                      "such as digibank."),
    ({**WEEK_47, "format": "docx"}, "docx is not a sheet format; choose pdf, xlsx, csv, "
                                    "csv-excel or csv-groups."),
    ({**WEEK_47, "lang": "de"}, "de is not a language of the sheets; choose nl, fr or en."),
    ({**WEEK_47, "spot": "Library"}, 'There is no spot called "Library" on the hub; the spots '
                                     f"are: {BUURTBAR}, EPN Molenbeek / Computer room, "
                                     "EPN Schaerbeek / Computer room."),
])
def test_a_bad_query_is_400_with_one_sentence(hub, scratch, params, detail):
    """Each wrong parameter: 400 and a sentence saying what to give; nothing left behind."""
    answer = get(hub, params)
    assert (answer.status_code, answer.json()) == (400, {"detail": detail})
    assert empty_soon(scratch)


class Held:
    """Sheets wait to be made until ``release`` is set; ``started`` says one is waiting;
    ``ended`` holds what each worker came to: a result, or the exception that stopped it."""

    def __init__(self, real) -> None:
        self.real = real
        self.started, self.release = threading.Event(), threading.Event()
        self.ended: list = []
        self.progress_steps = 0

    def write_sheet(self, *args, cancelled, **kwargs):
        self.started.set()
        self.release.wait(30)

        def counted() -> bool:  # asked once per progress step
            self.progress_steps += 1
            return cancelled()

        try:
            self.ended.append(self.real(*args, cancelled=counted, **kwargs))
        except BaseException as exc:
            self.ended.append(exc)
            raise
        return self.ended[-1]

    def __iter__(self):  # started, release = held
        return iter((self.started, self.release))


@pytest.fixture
def held(monkeypatch):
    from helpdesk.hub import reports

    holder = Held(reports.write_sheet)
    monkeypatch.setattr(reports, "write_sheet", holder.write_sheet)
    yield holder
    holder.release.set()


def test_the_hub_keeps_answering_while_a_sheet_is_made(hub, network, held):
    """The sheet is made on a worker thread: desks are answered meanwhile."""
    started, release = held
    desk = add_token(network.db, "EPN Anderlecht")
    answers = []
    download = threading.Thread(target=lambda: answers.append(get(hub, WEEK_47)))
    download.start()
    try:
        assert started.wait(30)
        ping = httpx.get(f"{hub.url}/v1/ping", headers={"Authorization": f"Bearer {desk}"},
                         timeout=5)
        assert ping.status_code == 200 and not answers
    finally:
        release.set()
        download.join(60)
    assert answers[0].status_code == 200


def test_a_download_cut_short_stops_its_sheet_and_leaves_nothing(network, scratch, held):
    """Cancelled while the sheet is made (client gone, server stopping): the worker stops at
    its first step, writes no sheet, and its folder goes."""
    import asyncio

    from starlette.datastructures import QueryParams

    from helpdesk.hub import reports

    started, release = held

    async def cut_short() -> None:
        task = asyncio.create_task(reports.sheet_response(
            network.db, SheetSettings.load(), QueryParams("week=2026-W47&format=xlsx"), "Nadia"))
        assert await asyncio.to_thread(started.wait, 30)
        task.cancel()
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(cut_short())
    wait_until(lambda: not list(scratch.iterdir()))
    assert list(scratch.iterdir()) == []
    assert wait_until(lambda: held.ended)
    assert [type(end) for end in held.ended] == [ExportCancelled] and held.progress_steps == 1


def test_a_download_that_stays_is_not_stopped(hub, held):
    """The same progress steps on a download that stays: the whole sheet arrives."""
    held.release.set()
    answer = get(hub, {**WEEK_47, "format": "csv"})
    assert answer.status_code == 200 and len(csv_rows(answer)) == len(IN_WEEK)
    assert held.progress_steps >= 1 and not isinstance(held.ended[0], BaseException)


@pytest.mark.slow
def test_serve_as_a_process_with_the_networks_name(network, tmp_path):
    """helpdesk-hub serve --name: the download carries the name, and the log says who took
    which sheet."""
    import os
    import subprocess
    import sys

    from sync_support import free_port

    token = add_token(network.db, "Nadia", COORDINATOR)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "helpdesk.hub", "--db", network.url, "serve", "--port",
         str(port), "--name", "Réseau EPN Bruxelles"], stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "HELPDESK_HUB_DB": ""})
    try:
        url = f"http://127.0.0.1:{port}/v1/reports"
        for _ in range(400):
            try:
                answer = httpx.get(url, params={**WEEK_47, "format": "xlsx"}, timeout=60,
                                   headers={"Authorization": f"Bearer {token}"})
                break
            except httpx.TransportError:
                time.sleep(0.05)
    finally:
        server.terminate()
        _out, log = server.communicate(timeout=30)
    assert answer.status_code == 200, answer.text
    book = openpyxl.load_workbook(io.BytesIO(answer.content))
    assert [list(r) for r in book["Visits"].iter_rows(values_only=True)][1][:2] == [
        "Desk or network", "Réseau EPN Bruxelles"]
    assert "Nadia downloaded helpdesk-2026-W47.xlsx (6 visits)" in log
