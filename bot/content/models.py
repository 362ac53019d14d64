"""The content store's tables (SQLAlchemy 1.4, 2.0 style). Alembic owns the schema."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class HelplineRow(Base):  # type: ignore[valid-type,misc]
    """A helpline, reporting route or website."""

    __tablename__ = "helplines"
    id = Column(String(64), primary_key=True)
    name_en = Column(Text, nullable=False)
    name_cy = Column(Text)
    audiences = Column(JSON, nullable=False)
    phone = Column(String(32))
    text = Column(String(16))
    web = Column(Text)
    hours = Column(JSON, nullable=False)
    languages = Column(JSON, nullable=False)
    free = Column(Boolean)
    emergency = Column(Boolean, nullable=False, default=False)
    purpose_en = Column(Text, nullable=False)
    purpose_cy = Column(Text, nullable=False)
    source = Column(Text, nullable=False)
    last_reviewed = Column(String(10), nullable=False)


class TopicRow(Base):  # type: ignore[valid-type,misc]
    """A guidance topic."""

    __tablename__ = "topics"
    id = Column(String(64), primary_key=True)
    title_en = Column(Text, nullable=False)
    title_cy = Column(Text, nullable=False)
    services = Column(JSON, nullable=False)
    follow_ups = Column(JSON, nullable=False)
    source = Column(Text, nullable=False)
    last_reviewed = Column(String(10), nullable=False)


class TipRow(Base):  # type: ignore[valid-type,misc]
    """One tip; texts are stored with the facts already filled in."""

    __tablename__ = "tips"
    id = Column(String(96), primary_key=True)
    topic_id = Column(String(64), ForeignKey("topics.id", ondelete="CASCADE"), nullable=False,
                      index=True)
    position = Column(Integer, nullable=False)
    audiences = Column(JSON, nullable=False)
    ages = Column(JSON, nullable=False)
    text_en = Column(Text, nullable=False)
    text_cy = Column(Text, nullable=False)
    source = Column(Text, nullable=False)
    last_reviewed = Column(String(10), nullable=False)


class ReviewItemRow(Base):  # type: ignore[valid-type,misc]
    """A redacted message the assistant was unsure about, kept for the content team."""

    __tablename__ = "review_items"
    id = Column(Integer, primary_key=True, autoincrement=True)
    created_at = Column(DateTime(timezone=True), nullable=False, index=True)
    text = Column(Text, nullable=False)
    language = Column(String(2), nullable=False)
    predicted_intent = Column(String(64))
    confidence = Column(Float)
    reason = Column(String(32), nullable=False)
