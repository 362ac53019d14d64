"""The content database stops mid-run: helplines are still shown, from the in-memory copy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.supervisor import free_port_block
from tests.scale.servers import ThrowawayPostgres
from tests.stack import Stack, start_stack


@pytest.fixture(scope="module")
def setup() -> Iterator[tuple[Stack, ThrowawayPostgres]]:
    pg = ThrowawayPostgres(free_port_block(2) + 40)
    pg.start()
    from bot.content.store import prepare

    prepare(pg.url)  # `make run` seeds before starting; so does this test
    stack = start_stack(DATABASE_URL=pg.url)
    yield stack, pg
    stack.supervisor.stop()
    pg.remove()


def test_helplines_survive_the_database_stopping(setup: tuple[Stack, ThrowawayPostgres]) -> None:
    stack, pg = setup
    s = stack.session()
    before = stack.say(s, "who can I talk to?", "en")
    assert before[0]["text"].startswith("These people can help")
    pg.stop()
    try:
        during = stack.say(s, "pwy alla i siarad â nhw?", "cy")
        assert during[0]["text"].startswith("Gall y bobl hyn helpu")
        assert "0800 1111" in during[0]["text"] or "0808 800 5002" in during[0]["text"]
        tips = stack.say(s, "how do I set parental controls?", "en")
        assert "Source:" in tips[0]["text"]
    finally:
        pg.start()
    after = stack.say(s, "who can I talk to?", "en")
    assert after[0]["text"].startswith("These people can help")
