"""`helpdesk audit --person NAME`, and changes of spots and helpers printed field by field."""

from __future__ import annotations


def test_audit_by_person_and_changes_field_by_field(ready_services, data_dir, capsys,
                                                    monkeypatch):
    from helpdesk.cli.main import main

    for name in ("HELPDESK_STAFF", "HELPDESK_PASSPHRASE_FILE"):
        monkeypatch.delenv(name, raising=False)
    jan = next(s for s in ready_services.desk.staff() if s.name == "Jan")
    ready_services.desk.update_staff(jan.id, role="staff")
    ready_services.close()
    assert main(["--data-dir", str(data_dir), "audit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].split("\t")[2:] == ["helper changed", jan.id,
                                         "role volunteer → staff; name Jan"]
    assert main(["--data-dir", str(data_dir), "audit", "--person", "Fatima"]) == 0
    assert capsys.readouterr().out == ""  # a store without accounts: entries have no actor
