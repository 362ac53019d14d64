"""`make run` explains a taken port instead of failing with a traceback."""

from __future__ import annotations

import socket

import pytest

from bot.supervisor import port_taken, run


def test_a_taken_port_is_reported_clearly(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        assert port_taken(port)
        monkeypatch.setenv("GATEWAY_PORT", str(port))
        monkeypatch.setenv("RASA_PORT", str(port + 11 if port < 60000 else port - 40))
        monkeypatch.setenv("ACTION_PORT", str(port + 21 if port < 60000 else port - 30))
        assert run() == 1
    err = capsys.readouterr().err
    assert f"Port {port} (for gateway) is already in use" in err
    assert "Traceback" not in err
