"""``helpdesk visitor-key export/import``: a coordinator copies the network's key offline."""

from __future__ import annotations

from helpdesk.cli.main import main
from helpdesk.services import Services


def _hash(folder, code: str = "KUR4471") -> str:
    services = Services.open(folder)
    try:
        return services.visitors.code_hash(code)
    finally:
        services.close()


def test_a_key_exported_on_one_desk_and_imported_on_another_gives_the_same_hashes(
        tmp_path, capsys):
    """After the copy both desks hash a code alike; importing again changes nothing."""
    first, second, key = tmp_path / "first", tmp_path / "second", tmp_path / "network.key"
    assert _hash(first) != _hash(second)
    assert main(["--data-dir", str(first), "visitor-key", "export", str(key)]) == 0
    assert main(["--data-dir", str(second), "visitor-key", "import", str(key)]) == 0
    assert "now uses the network's key" in capsys.readouterr().out
    assert _hash(first) == _hash(second)
    assert main(["--data-dir", str(second), "visitor-key", "import", str(key)]) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_a_missing_or_wrong_key_file_is_one_sentence(tmp_path, capsys):
    """No traceback, exit 1, one line that says what to do."""
    desk = tmp_path / "desk"
    assert main(["--data-dir", str(desk), "visitor-key", "import", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be read" in err
    (tmp_path / "bad").write_text("hello")
    assert main(["--data-dir", str(desk), "visitor-key", "import", str(tmp_path / "bad")]) == 1
    assert "not a visitor key" in capsys.readouterr().err
