"""The widget in a real browser, against the real gateway, Rasa and action server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot import ROOT
from tests.stack import Stack

DOCS = ROOT / "docs"


def open_widget(page: Any, stack: Stack) -> None:
    page.goto(stack.base + "/")
    page.wait_for_selector(".diogel-msg--bot .diogel-choice", timeout=30000)


def send(page: Any, text: str) -> None:
    count = page.locator(".diogel-msg--bot").count()
    page.fill("#diogel-input", text)
    page.keyboard.press("Enter")
    page.locator(".diogel-msg--bot").nth(count).wait_for(timeout=30000)
    page.wait_for_selector("#diogel-typing", state="hidden", timeout=30000)


VISIBLE_TEXT = ("n => Array.from(n.querySelector('.diogel-msg__text').childNodes)"
                ".filter(c => !(c.classList && c.classList.contains('diogel-vh')))"
                ".map(c => c.textContent).join('')")


def text_of(message: Any) -> str:
    """The message as a sighted user reads it (without the screen-reader prefix)."""
    return str(message.evaluate(VISIBLE_TEXT)).strip()


def last_bot(page: Any) -> str:
    return text_of(page.locator(".diogel-msg--bot").last)


def test_a_full_english_conversation_with_buttons(page: Any, stack: Stack) -> None:
    open_widget(page, stack)
    assert "Diogel" in text_of(page.locator(".diogel-msg--bot").first)
    page.get_by_role("button", name="I'm a parent or carer").click()
    page.locator(".diogel-msg--bot").nth(1).wait_for(timeout=30000)
    assert text_of(page.locator(".diogel-msg--user").last) == "I'm a parent or carer"
    # The button's payload reached Rasa as a payload (typed text never does).
    assert text_of(page.locator(".diogel-msg--bot").nth(1)).startswith("Thank you. What would")
    send(page, "how do i set up parental controls on my sons phone")
    answer = last_bot(page)
    assert "Source:" in answer
    link = page.locator(".diogel-msg--bot").last.locator("a[href^='tel:']").first
    assert link.get_attribute("href").startswith("tel:0")
    page.screenshot(path=str(DOCS / "widget-en.png"))


def test_welsh_conversation_and_switching_language(page: Any, stack: Stack) -> None:
    open_widget(page, stack)
    page.click("#diogel-lang-cy")
    assert page.locator("#diogel-widget").get_attribute("lang") == "cy"
    send(page, "pwy alla i siarad â nhw?")
    assert last_bot(page).startswith("Gall y bobl hyn helpu")
    page.screenshot(path=str(DOCS / "widget-cy.png"))
    page.click("#diogel-lang-en")
    send(page, "who can I talk to?")
    assert last_bot(page).startswith("These people can help")


def test_an_urgent_message_shows_999_first(page: Any, stack: Stack) -> None:
    open_widget(page, stack)
    send(page, "a man from snapchat says hes coming to my house tonight")
    first_line = last_bot(page).splitlines()[0]
    assert "999" in first_line
    assert page.locator(".diogel-msg--bot").last.locator("a[href='tel:999']").count() >= 1


def test_html_typed_by_the_user_is_shown_as_text(page: Any, stack: Stack) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_widget(page, stack)
    send(page, "<img src=x onerror=alert(1)>")
    user = page.locator(".diogel-msg--user").last
    assert text_of(user) == "<img src=x onerror=alert(1)>"
    assert page.locator("#diogel-log img").count() == 0
    assert dialogs == []


def test_quick_exit_clears_everything_and_leaves(page: Any, stack: Stack) -> None:
    open_widget(page, stack)
    send(page, "hello")
    page.click("#diogel-quick-exit")
    page.wait_for_url("https://www.bbc.co.uk/**")
    assert page.evaluate("sessionStorage.length") == 0
    page.go_back()
    assert "bbc.co.uk" in page.url or page.url == "about:blank"


def test_escape_twice_is_a_quick_exit(page: Any, stack: Stack) -> None:
    open_widget(page, stack)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url("https://www.bbc.co.uk/**")


def test_keyboard_only_use(page: Any, stack: Stack) -> None:
    open_widget(page, stack)
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "diogel-input":
            break
    assert page.evaluate("document.activeElement.id") == "diogel-input"
    page.keyboard.type("who can I talk to")
    page.keyboard.press("Enter")
    page.locator(".diogel-msg--bot").nth(1).wait_for(timeout=30000)
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none" or page.evaluate("document.activeElement.id") == "diogel-input"


def test_no_serious_accessibility_violations(page: Any, stack: Stack) -> None:
    from axe_playwright_python.sync_playwright import Axe

    open_widget(page, stack)
    send(page, "who can I talk to?")
    results = Axe().run(page)
    serious = [v["id"] for v in results.response["violations"]
               if v["impact"] in {"serious", "critical"}]
    assert serious == []


def test_the_error_state_shows_the_helpline_card(browser: Any, tmp_path: Path) -> None:
    from tests.stack import start_gateway_only

    broken = start_gateway_only()
    try:
        context = browser.new_context()
        page = context.new_page()
        page.goto(broken.base + "/")
        page.locator(".diogel-msg--bot").first.wait_for(timeout=30000)
        card = page.locator("#diogel-log").inner_text()
        assert "999" in card and "0800 1111" in card
        context.close()
    finally:
        broken.supervisor.stop()
