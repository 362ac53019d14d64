"""Plain frozen dataclasses for content, shared by the source files, the store and the actions."""

from __future__ import annotations

from dataclasses import dataclass

AUDIENCES = ("child", "young_person", "parent", "professional")
TIP_AUDIENCES = ("parent", "young_person", "professional")
AGE_BANDS = ("under_13", "13_15", "16_17")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Bilingual:
    """A text in English and Welsh; `cy` is None only where no Welsh form exists (a name)."""

    en: str
    cy: str | None

    def get(self, language: str) -> str:
        """The text in `language`, falling back to English where Welsh does not exist."""
        return self.cy if language == "cy" and self.cy else self.en


@dataclass(frozen=True)
class HoursRange:
    """Opening times on some days of the week, Europe/London; close "24:00" is midnight."""

    days: tuple[str, ...]
    open: str
    close: str


@dataclass(frozen=True)
class Hours:
    """When a service answers: always, on weekly ranges, or unknown (never guessed)."""

    status: str
    ranges: tuple[HoursRange, ...] = ()


@dataclass(frozen=True)
class Helpline:
    """A helpline, reporting route or website, with its source."""

    id: str
    name: Bilingual
    audiences: tuple[str, ...]
    phone: str | None
    text: str | None
    web: str | None
    hours: Hours
    languages: tuple[str, ...]
    free: bool | None
    emergency: bool
    purpose: Bilingual
    source: str
    last_reviewed: str


@dataclass(frozen=True)
class Tip:
    """One short piece of guidance for some audiences and ages."""

    id: str
    topic: str
    position: int
    audiences: tuple[str, ...]
    ages: tuple[str, ...]
    text: Bilingual
    source: str
    last_reviewed: str


@dataclass(frozen=True)
class Topic:
    """A guidance topic (the intent is ask_<id>) with its tips in display order."""

    id: str
    title: Bilingual
    services: tuple[str, ...]
    follow_ups: tuple[str, ...]
    tips: tuple[Tip, ...]
    source: str
    last_reviewed: str


@dataclass(frozen=True)
class Content:
    """Everything in data/content/, validated and with placeholders still unrendered."""

    helplines: dict[str, Helpline]
    topics: dict[str, Topic]


@dataclass(frozen=True)
class Problem:
    """A fault in a content source file, named by file, item and field."""

    file: str
    item: str
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "warning" if self.warning else "error"
        return f"{self.file}: {kind}: item '{self.item}', field '{self.field}': {self.message}"
