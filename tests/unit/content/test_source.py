"""The content checker names file, item and field for every fault."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.content.source import CONTENT_DIR, load_content, render


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(CONTENT_DIR, tmp_path / "content")
    return tmp_path / "content"


def test_the_shipped_content_has_no_errors() -> None:
    content, problems = load_content()
    assert [str(p) for p in problems if not p.warning] == []
    assert {"childline", "meic", "nspcc_online", "emergency", "ceop"} <= set(content.helplines)


def test_helpline_facts_match_the_guide() -> None:
    lines = load_content()[0].helplines
    assert lines["childline"].phone == "0800 1111"
    assert lines["meic"].phone == "080 880 23456"
    assert lines["meic"].text == "84001"
    assert lines["nspcc_online"].phone == "0808 800 5002"
    assert lines["nspcc"].phone == "0808 800 5000"
    assert lines["commissioner"].phone == "0808 801 1000"
    assert lines["stop_it_now"].phone == "0808 1000 900"
    assert lines["emergency"].phone == "999"
    assert lines["police_101"].phone == "101"


def test_every_topic_and_tip_has_welsh_and_a_source() -> None:
    content, _ = load_content()
    assert len(content.topics) >= 16
    for topic in content.topics.values():
        assert topic.title.cy
        for tip in topic.tips:
            assert tip.text.cy and tip.source, tip.id


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_missing_welsh_is_reported_with_file_item_and_field(copy: Path) -> None:
    path = copy / "tips" / "grooming_signs.yml"
    raw = path.read_text(encoding="utf-8")
    first_cy = next(line for line in raw.splitlines() if line.strip().startswith("cy:")
                    and "title" not in line)
    _edit(path, first_cy, first_cy.split("cy:")[0] + "cy: ''")
    _, problems = load_content(copy)
    messages = [str(p) for p in problems]
    assert any("grooming_signs.yml" in m and ".cy" in m and "Welsh" in m for m in messages)


def test_malformed_phone_and_unknown_audience_are_reported(copy: Path) -> None:
    path = copy / "helplines.yml"
    _edit(path, 'phone: "0800 1111"', 'phone: "08001111x"')
    _edit(path, "audiences: [child, young_person]", "audiences: [child, toddlers]")
    _, problems = load_content(copy)
    fields = {(p.item, p.field) for p in problems}
    assert ("childline", "phone") in fields
    assert any(f == "audiences" for _, f in fields)


def test_overlapping_or_unparseable_hours_are_reported(copy: Path) -> None:
    path = copy / "helplines.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("id: nspcc_online")
    hours_at = text.index("hours:", start)
    end = text.index("\n", hours_at)
    bad = ('hours: {status: weekly, ranges: [{days: [mon], open: "09:00", close: "17:00"}, '
           '{days: [mon, tue], open: "16:00", close: "20:00"}, '
           '{days: [wed], open: "nine", close: "17:00"}]}')
    path.write_text(text[:hours_at] + bad + text[end:], encoding="utf-8")
    _, problems = load_content(copy)
    messages = [str(p) for p in problems if p.item == "nspcc_online"]
    assert any("overlaps" in m for m in messages)
    assert any("does not parse" in m for m in messages)


def test_items_not_reviewed_for_a_year_are_warnings() -> None:
    _, problems = load_content(today=dt.date(2028, 1, 1))
    assert problems and all(p.warning for p in problems)
    assert any(p.field == "last_reviewed" for p in problems)


def test_placeholders_are_filled_from_helplines() -> None:
    lines = load_content()[0].helplines
    assert render("Call {{childline.phone}} or {{meic.name}}", lines, "cy") == \
        "Call 0800 1111 or Meic"
