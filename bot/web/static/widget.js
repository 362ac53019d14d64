/* Diogel chat widget – plain JS, no dependencies, CSP-safe (no inline code or styles).
 * Text from the server or the user is only ever rendered with textContent / text nodes. */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script) {
    var tags = document.querySelectorAll('script[src]');
    for (var i = 0; i < tags.length; i++) if (/\/widget\.js([?#]|$)/.test(tags[i].src)) script = tags[i];
  }
  if (!script || window.__diogelWidget) return;
  window.__diogelWidget = true;

  var SRC = new URL(script.src, document.baseURI);
  var API = (httpUrl(script.getAttribute('data-api')) || SRC.origin).replace(/\/+$/, '');
  var EXIT_URL = httpUrl(script.getAttribute('data-exit-url')) || 'https://www.bbc.co.uk/weather';
  var MAX_LEN = 1000, COUNTER_FROM = 800, TIMEOUT_MS = 15000, ESC_MS = 1500, MAX_LOG = 200;
  var KEYS = { session: 'diogel.session', log: 'diogel.log', lang: 'diogel.lang' };

  // LAST-RESORT COPY of helpline numbers: shown only when the gateway's /api/helplines could not
  // be fetched either. /api/helplines is the source of truth; this is the only place in this file
  // where numbers are written – keep it minimal.
  var LAST_RESORT = [
    { nameKey: 'emergency', phone: '999' },
    { name: 'Childline', phone: '0800 1111' },
    { name: 'Meic', phone: '080 880 23456' }
  ];
  // Bilingual strings used only if i18n.json itself cannot be loaded (degraded, safety-only mode).
  var MIN = {
    title: 'Diogel', quickExit: 'Quick exit / Gadael yn gyflym',
    hint: 'Press Esc twice to leave quickly / Pwyswch Esc ddwywaith i adael yn gyflym',
    error: "Sorry, the chat could not load. / Mae'n ddrwg gen i, doedd dim modd llwytho'r sgwrs.",
    cardTitle: 'If you need help now / Os oes angen help arnoch chi nawr',
    emergency: 'In an emergency / Mewn argyfwng', phone: 'Phone / Ffôn', sms: 'Text / Tecst',
    web: 'Website / Gwefan', hours: 'Open / Ar agor', newTab: 'opens in a new tab / yn agor mewn tab newydd'
  };

  var state = {
    lang: 'en', strings: null, sid: null, exp: 0, ttl: 1800, pending: false, gen: 0,
    entries: [], helplines: {}, hlLoading: {}, ctrls: [], exiting: false
  };
  var ui = {};
  var lastEsc = 0;

  /* ---------- helpers ---------- */
  function httpUrl(v) {
    if (!v) return null;
    try { var u = new URL(v, document.baseURI); return /^https?:$/.test(u.protocol) ? u.href : null; } catch (e) { return null; }
  }
  var store = {
    get: function (k) { try { return JSON.parse(sessionStorage.getItem(k)); } catch (e) { return null; } },
    set: function (k, v) { try { sessionStorage.setItem(k, JSON.stringify(v)); } catch (e) { /* storage unavailable */ } },
    del: function (keys) { try { keys.forEach(function (k) { sessionStorage.removeItem(k); }); } catch (e) { /* ignore */ } }
  };
  function t(key) {
    var s = state.strings;
    return (s && ((s[state.lang] && s[state.lang][key]) || (s.en && s.en[key]))) || MIN[key] || '';
  }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }
  function tr(node, key, attr) { // mark a node whose text (or attribute) follows the language
    node.setAttribute(attr ? 'data-diogel-' + attr : 'data-diogel-t', key);
    return node;
  }

  /* ---------- quick exit (active from the very first moment) ---------- */
  function endSession() { // best effort: ask the gateway to forget the session; never waits
    var sid = state.sid || (store.get(KEYS.session) || {}).id;
    if (typeof sid !== 'string' || !sid) return;
    try {
      fetch(API + '/api/session/' + encodeURIComponent(sid), { method: 'DELETE', keepalive: true,
        credentials: 'omit', referrerPolicy: 'no-referrer' }).catch(function () { /* ignore */ });
    } catch (e) { /* ignore */ }
  }
  function quickExit() {
    state.exiting = true;
    abortAll();
    endSession();
    store.del([KEYS.session, KEYS.log, KEYS.lang]);
    if (ui.root) ui.root.textContent = '';
    try { window.location.replace(EXIT_URL); } catch (e) { window.location.href = EXIT_URL; }
  }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' && e.key !== 'Esc') return;
    var now = Date.now();
    if (now - lastEsc <= ESC_MS) { lastEsc = 0; quickExit(); } else { lastEsc = now; }
  }, true);

  /* ---------- networking ---------- */
  function abortAll() { state.gen++; state.ctrls.splice(0).forEach(function (c) { c.abort(); }); }
  function request(method, path, body, untracked) { // untracked: not cancelled by Clear/Quick exit
    var ctrl = new AbortController();
    var timer = setTimeout(function () { ctrl.abort(); }, TIMEOUT_MS);
    if (!untracked) state.ctrls.push(ctrl);
    var headers = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(API + path, {
      method: method, headers: headers, body: body ? JSON.stringify(body) : undefined,
      signal: ctrl.signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer'
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        return { status: res.status, data: data && typeof data === 'object' ? data : {} };
      });
    }).finally(function () {
      clearTimeout(timer);
      var i = state.ctrls.indexOf(ctrl);
      if (i >= 0) state.ctrls.splice(i, 1);
    });
  }
  function loadHelplines(lang) {
    if (state.helplines[lang] || state.hlLoading[lang]) return state.hlLoading[lang] || Promise.resolve();
    var p = request('GET', '/api/helplines?lang=' + lang, null, true).then(function (r) {
      var d = r.data;
      if (r.status === 200 && (Array.isArray(d.services) || typeof d.text === 'string')) state.helplines[lang] = d;
    }).catch(function () { /* the last-resort card covers this */ }).then(function () { delete state.hlLoading[lang]; });
    state.hlLoading[lang] = p;
    return p;
  }
  function saveSession() { store.set(KEYS.session, { id: state.sid, exp: state.exp }); }
  function forgetSession() { state.sid = null; state.exp = 0; store.del([KEYS.session]); }
  function ensureSession() {
    if (state.sid && Date.now() < state.exp) return Promise.resolve(state.sid);
    return request('POST', '/api/session', {}).then(function (r) {
      if (r.status >= 200 && r.status < 300 && typeof r.data.session_id === 'string' && r.data.session_id) {
        state.sid = r.data.session_id;
        state.ttl = +r.data.expires_in > 0 ? +r.data.expires_in : 1800;
        state.exp = Date.now() + state.ttl * 1000;
        saveSession();
        return state.sid;
      }
      throw r;
    });
  }
  // A button's payload ("/intent") is marked as such; typed text never is, so a user who types
  // "/something" is understood as words, not as a command.
  function chat(message, lang, button, retried) {
    return ensureSession().then(function (sid) {
      return request('POST', '/api/chat', { session_id: sid, message: message, language: lang, button: button });
    }).then(function (r) {
      if ((r.status === 404 || r.status === 410) && !retried) { forgetSession(); return chat(message, lang, button, true); }
      return r;
    });
  }

  /* ---------- sending ---------- */
  function send(message, shown, typed) {
    if (state.pending || state.exiting) return false;
    if (shown) addEntry({ r: 'u', t: shown });
    setPending(true);
    var gen = state.gen;
    var done = function (fn) {
      return function (x) { if (gen !== state.gen || state.exiting) return; setPending(false); fn(x); };
    };
    if (navigator.onLine === false) {
      setTimeout(done(function () { restore(typed); failure('offline'); }), 0);
      return true;
    }
    chat(message, state.lang, !typed, false).then(done(function (r) { handle(r, typed); }), done(function (x) {
      if (x && typeof x.status === 'number') return handle(x, typed);
      restore(typed);
      failure(navigator.onLine === false ? 'offline' : 'error');
    }));
    return true;
  }
  function restore(typed) { // give the user back their unsent text
    if (typed && ui.input && !ui.input.value) { ui.input.value = typed; updateCounter(); }
  }
  function cleanMessages(list) {
    return (Array.isArray(list) ? list : []).filter(function (m) {
      return m && (typeof m.text === 'string' && m.text.trim() || Array.isArray(m.buttons) && m.buttons.length);
    }).map(function (m) {
      var b = (Array.isArray(m.buttons) ? m.buttons : []).filter(function (x) {
        return x && typeof x.title === 'string' && x.title && typeof x.payload === 'string' && x.payload;
      }).slice(0, 12).map(function (x) { return { title: x.title, payload: x.payload }; });
      return { r: 'b', t: typeof m.text === 'string' ? m.text : '', b: b };
    });
  }
  function handle(r, typed) {
    var d = r.data || {}, msgs = cleanMessages(d.messages), s = r.status;
    var text = typeof d.message === 'string' && d.message.trim() ? d.message : '';
    if (s >= 200 && s < 300) {
      if ((d.language === 'en' || d.language === 'cy') && d.language !== state.lang) setLang(d.language);
      if (typeof d.session_id === 'string' && d.session_id) state.sid = d.session_id; // renewed token
      if (state.sid) { state.exp = Date.now() + state.ttl * 1000; saveSession(); }
      if (msgs.length) return msgs.forEach(addEntry);
      return failure('error'); // an empty reply must never leave the user with silence
    }
    if (s === 400 || s === 413 || s === 429) {
      if (s === 413) restore(typed);
      addEntry({ r: 'b', t: text || t('error'), e: 1 });
      msgs.forEach(addEntry);
      if (s === 429 && !msgs.length) showCard();
      return;
    }
    if (s >= 500 && msgs.length) return msgs.forEach(addEntry);
    restore(typed);
    if (text) { addEntry({ r: 'b', t: text, e: 1 }); showCard(); } else { failure('error'); }
  }
  function failure(key) {
    addEntry({ r: 'b', t: t(key), e: 1 });
    showCard();
  }
  function showCard() {
    var lang = state.lang;
    var pick = function () { addEntry({ r: 'c', c: state.helplines[lang] || state.helplines[lang === 'cy' ? 'en' : 'cy'] || null }); };
    if (state.helplines[lang] || !state.hlLoading[lang]) { pick(); loadHelplines(lang); } else { state.hlLoading[lang].then(pick); }
  }

  /* ---------- linkifying (builds DOM nodes, never HTML strings) ---------- */
  var LINK_SRC =
    '(https?:\\/\\/[^\\s<>"]+)' +                                                  // 1 URL
    '|([\\w.+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)' +                                 // 2 e-mail
    '|\\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:uk|cymru|wales|com|org|net|info|gov|eu)\\b(?:\\/[^\\s<>"]*)?)' + // 3 domain
    '|\\b(text|txt|tecstiwch|tecstio|neges\\s+destun)((?:\\s+\\S+)?\\s+(?:to|on|i|at|ar)\\s+|\\s+)(\\d{5,6})\\b' + // 4-6 SMS
    '|\\b(0\\d{2,4}(?:[ \\u00a0-]\\d{2,8}){0,3})' +                                // 7 UK number
    '|\\b(999|101|111|112|116[ \\u00a0]?\\d{3})\\b';   // 8 short number (a pattern, not helpline data)
  function trimEnd(s) { return s.replace(/[.,;:!?)\]'"’]+$/, ''); }
  function ukNumber(chain) { // longest leading run of groups that looks like a real UK number
    var parts = chain.split(/([ \u00a0-])/);
    for (var k = (parts.length + 1) / 2; k >= 1; k--) {
      var s = parts.slice(0, 2 * k - 1).join(''), d = s.replace(/\D/g, ''), last = parts[2 * k - 2];
      var lenOk = d.length === 10 || d.length === 11 || (d.length >= 8 && /^08/.test(d));
      if (lenOk && (k === 1 || last.length >= 3 || d.length === 8)) return s;
    }
    return null;
  }
  function link(href, label, external) {
    var a = el('a', 'diogel-link', label);
    a.href = href;
    if (external) { a.target = '_blank'; a.rel = 'noopener noreferrer'; a.setAttribute('aria-describedby', 'diogel-newtab'); }
    return a;
  }
  function telLink(num) { return link('tel:' + num.replace(/[^\d+]/g, ''), num); }
  function linkify(parent, text) {
    var re = new RegExp(LINK_SRC, 'gi'), pos = 0, m;
    while ((m = re.exec(text))) {
      var start = m.index, str = m[0], node = null, prev = text.charAt(start - 1), next;
      if (m[1]) { str = trimEnd(m[1]); node = link(str, str, true); }
      else if (m[2]) { node = link('mailto:' + m[2], m[2]); }
      else if (m[3]) { str = trimEnd(m[3]); node = link('https://' + str, str, true); }
      else if (m[6]) {
        node = document.createDocumentFragment();
        node.appendChild(document.createTextNode(m[4] + m[5]));
        node.appendChild(link('sms:' + m[6], m[6]));
      } else if (!/[\d.,+£$/]/.test(prev)) {
        str = m[7] ? ukNumber(m[7]) : m[8];
        next = text.slice(start + (str || '').length, start + (str || '').length + 2);
        if (str && !/^([.,]?\d)/.test(next)) node = telLink(str);
        else str = m[0];
      }
      if (node) {
        parent.appendChild(document.createTextNode(text.slice(pos, start)));
        parent.appendChild(node);
        pos = start + str.length;
      }
      re.lastIndex = start + str.length;
    }
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  /* ---------- rendering ---------- */
  function addEntry(entry) {
    state.entries.push(entry);
    if (state.entries.length > MAX_LOG) state.entries.splice(0, state.entries.length - MAX_LOG);
    if (state.strings) store.set(KEYS.log, state.entries);
    render(entry);
    scrollDown();
  }
  function scrollDown() { if (ui.log) ui.log.scrollTop = ui.log.scrollHeight; }
  function render(e) {
    if (!ui.log) return;
    var node = e.r === 'c' ? renderCard(e.c) : renderMsg(e);
    ui.log.insertBefore(node, ui.typing);
  }
  function renderMsg(e) {
    var user = e.r === 'u';
    var box = el('div', 'diogel-msg diogel-msg--' + (user ? 'user' : 'bot') + (e.e ? ' diogel-msg--error' : ''));
    var p = el('p', 'diogel-msg__text');
    p.appendChild(el('span', 'diogel-vh', t(user ? 'you' : 'bot') + ' '));
    if (user) p.appendChild(document.createTextNode(e.t)); else linkify(p, e.t);
    if (e.t) box.appendChild(p);
    if (e.b && e.b.length) {
      var row = el('div', 'diogel-msg__buttons');
      e.b.forEach(function (b) {
        var btn = el('button', 'diogel-choice', b.title);
        btn.type = 'button';
        btn.addEventListener('click', function () { send(b.payload, b.title); });
        row.appendChild(btn);
      });
      box.appendChild(row);
    }
    return box;
  }
  function renderCard(c) {
    var box = el('div', 'diogel-msg diogel-msg--bot diogel-card');
    box.setAttribute('role', 'group');
    var title = el('p', 'diogel-card__title', (c && typeof c.title === 'string' && c.title) || t('cardTitle'));
    title.id = 'diogel-card-' + Math.random().toString(36).slice(2, 9);
    box.setAttribute('aria-labelledby', title.id);
    box.appendChild(title);
    var services = c ? (Array.isArray(c.services) ? c.services : []) : LAST_RESORT;
    if (!services.length && c && typeof c.text === 'string') {
      var p = el('p', 'diogel-msg__text');
      linkify(p, c.text);
      box.appendChild(p);
      return box;
    }
    var ul = el('ul', 'diogel-card__list');
    services.forEach(function (s) {
      if (!s) return;
      var li = el('li', 'diogel-card__item');
      li.appendChild(el('span', 'diogel-card__name', s.nameKey ? t(s.nameKey) : String(s.name || '')));
      if (typeof s.purpose === 'string' && s.purpose) li.appendChild(el('span', 'diogel-card__line', s.purpose));
      var line = function (key, node) {
        var d = el('span', 'diogel-card__line', t(key) + ': ');
        d.appendChild(node);
        li.appendChild(d);
      };
      if (typeof s.phone === 'string' && /^[\d +()-]{3,20}$/.test(s.phone)) line('phone', telLink(s.phone));
      if (typeof s.text === 'string' && /^\d{3,11}$/.test(s.text.replace(/\s/g, ''))) line('sms', link('sms:' + s.text.replace(/\s/g, ''), s.text));
      var web = httpUrl(s.web);
      if (web && /^https?:\/\//i.test(s.web)) line('web', link(web, s.web.replace(/^https?:\/\//i, '').replace(/\/$/, ''), true));
      if (typeof s.hours === 'string' && s.hours) line('hours', document.createTextNode(s.hours));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }
  function setPending(on) {
    state.pending = on;
    if (!ui.send) return;
    if (on && document.activeElement === ui.send) ui.input.focus();
    ui.send.disabled = on;
    ui.typing.hidden = !on;
    if (on) { ui.log.appendChild(ui.typing); scrollDown(); }
  }
  function updateCounter() {
    var n = ui.input.value.length, left = MAX_LEN - n;
    ui.counter.hidden = n < COUNTER_FROM;
    ui.counter.textContent = left > 0 ? t('counter').replace('{n}', left) : t('limit').replace('{max}', MAX_LEN);
    ui.counter.className = 'diogel-counter' + (left <= 50 ? ' diogel-counter--warn' : '');
    if (left <= 0 && !state.limitSaid) { state.limitSaid = true; announce(ui.counter.textContent); }
    if (left > 0) state.limitSaid = false;
  }
  function announce(msg) { ui.status.textContent = ''; setTimeout(function () { ui.status.textContent = msg; }, 50); }

  /* ---------- language ---------- */
  function applyStrings() {
    ui.root.setAttribute('lang', state.lang);
    ui.root.setAttribute('aria-label', t('region'));
    var nodes = ui.root.querySelectorAll('[data-diogel-t],[data-diogel-placeholder],[data-diogel-aria-label]');
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      if (n.hasAttribute('data-diogel-t')) n.textContent = t(n.getAttribute('data-diogel-t'));
      if (n.hasAttribute('data-diogel-placeholder')) n.placeholder = t(n.getAttribute('data-diogel-placeholder'));
      if (n.hasAttribute('data-diogel-aria-label')) n.setAttribute('aria-label', t(n.getAttribute('data-diogel-aria-label')));
    }
    ui.langEn.setAttribute('aria-pressed', String(state.lang === 'en'));
    ui.langCy.setAttribute('aria-pressed', String(state.lang === 'cy'));
    updateCounter();
  }
  function setLang(lang) {
    if ((lang !== 'en' && lang !== 'cy') || state.exiting) return;
    state.lang = lang;
    store.set(KEYS.lang, lang);
    if (ui.langEn) applyStrings();
    loadHelplines(lang);
  }

  /* ---------- building ---------- */
  function button(id, cls, key) {
    var b = tr(el('button', cls), key);
    b.type = 'button';
    if (id) b.id = id;
    return b;
  }
  function mount() {
    var root = document.getElementById('diogel-widget');
    if (!root) { root = el('section'); root.id = 'diogel-widget'; document.body.appendChild(root); }
    root.textContent = '';
    root.classList.add('diogel');
    root.setAttribute('role', 'region');
    root.setAttribute('aria-label', t('title'));
    ui.root = root;
    return root;
  }
  function header(root) {
    var head = el('div', 'diogel-header');
    var brand = el('div', 'diogel-brand');
    var h = tr(el('h2', 'diogel-title'), 'title');
    h.id = 'diogel-title';
    brand.appendChild(h);
    if (state.strings) brand.appendChild(tr(el('p', 'diogel-subtitle'), 'subtitle'));
    head.appendChild(brand);
    var exit = button('diogel-quick-exit', 'diogel-exit', 'quickExit');
    exit.addEventListener('click', quickExit);
    head.appendChild(exit);
    root.appendChild(head);
  }
  function build() {
    var root = mount();
    header(root);
    var bar = el('div', 'diogel-toolbar');
    var langs = tr(el('div', 'diogel-langs'), 'langGroup', 'aria-label');
    langs.setAttribute('role', 'group');
    ui.langEn = button('diogel-lang-en', 'diogel-lang', 'langEn');
    ui.langCy = button('diogel-lang-cy', 'diogel-lang', 'langCy');
    ui.langEn.setAttribute('lang', 'en');
    ui.langCy.setAttribute('lang', 'cy');
    ui.langEn.addEventListener('click', function () { setLang('en'); });
    ui.langCy.addEventListener('click', function () { setLang('cy'); });
    langs.appendChild(ui.langEn);
    langs.appendChild(ui.langCy);
    bar.appendChild(langs);
    var clear = button('diogel-clear', 'diogel-secondary', 'clear');
    clear.addEventListener('click', clearConversation);
    bar.appendChild(clear);
    root.appendChild(bar);
    root.appendChild(tr(el('p', 'diogel-hint'), 'hint'));

    ui.log = tr(el('div'), 'log', 'aria-label');
    ui.log.id = 'diogel-log';
    ui.log.setAttribute('role', 'log');
    ui.log.setAttribute('aria-live', 'polite');
    ui.log.tabIndex = 0;
    ui.typing = el('div', 'diogel-typing');
    ui.typing.id = 'diogel-typing';
    ui.typing.hidden = true;
    var dots = el('span', 'diogel-dots');
    dots.setAttribute('aria-hidden', 'true');
    for (var i = 0; i < 3; i++) dots.appendChild(el('span'));
    ui.typing.appendChild(dots);
    ui.typing.appendChild(tr(el('span', 'diogel-vh'), 'typing'));
    ui.log.appendChild(ui.typing);
    root.appendChild(ui.log);

    var form = el('form', 'diogel-form');
    form.noValidate = true;
    var label = tr(el('label', 'diogel-label'), 'inputLabel');
    label.htmlFor = 'diogel-input';
    form.appendChild(label);
    var row = el('div', 'diogel-row');
    ui.input = tr(el('textarea'), 'placeholder', 'placeholder');
    ui.input.id = 'diogel-input';
    ui.input.rows = 2;
    ui.input.maxLength = MAX_LEN;
    ui.input.setAttribute('autocomplete', 'off');
    ui.input.setAttribute('aria-describedby', 'diogel-counter');
    ui.send = button('diogel-send', 'diogel-primary', 'send');
    ui.send.type = 'submit';
    row.appendChild(ui.input);
    row.appendChild(ui.send);
    form.appendChild(row);
    ui.counter = el('p', 'diogel-counter');
    ui.counter.id = 'diogel-counter';
    form.appendChild(ui.counter);
    root.appendChild(form);

    ui.status = el('div', 'diogel-vh');
    ui.status.id = 'diogel-status';
    ui.status.setAttribute('role', 'status');
    root.appendChild(ui.status);
    root.appendChild(tr(el('span', 'diogel-vh'), 'newTab')).id = 'diogel-newtab';

    ui.input.addEventListener('input', updateCounter);
    ui.input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); submit(); }
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
    applyStrings();
  }
  function submit() {
    var text = ui.input.value.trim();
    if (!text || state.pending) return;
    text = text.slice(0, MAX_LEN);
    if (send(text, text, text)) { ui.input.value = ''; updateCounter(); }
  }
  function clearConversation() {
    abortAll();
    setPending(false);
    state.entries = [];
    endSession();
    forgetSession();
    store.del([KEYS.log]);
    var msgs = ui.log.querySelectorAll('.diogel-msg');
    for (var i = 0; i < msgs.length; i++) msgs[i].parentNode.removeChild(msgs[i]);
    announce(t('cleared'));
    ui.input.focus();
    send('/greet');
  }
  function buildDegraded() { // i18n.json failed: keep quick exit and helplines available
    var root = mount();
    root.setAttribute('lang', state.lang);
    header(root);
    root.appendChild(tr(el('p', 'diogel-hint'), 'hint'));
    applyNodes(root);
    ui.log = el('div');
    ui.log.id = 'diogel-log';
    ui.log.setAttribute('role', 'log');
    ui.log.setAttribute('aria-live', 'polite');
    ui.log.setAttribute('aria-label', t('title'));
    ui.log.tabIndex = 0;
    ui.typing = el('div');
    ui.typing.hidden = true;
    ui.log.appendChild(ui.typing);
    root.appendChild(ui.log);
    root.appendChild(el('span', 'diogel-vh', t('newTab'))).id = 'diogel-newtab';
    loadHelplines(state.lang).then(function () { failure('error'); ui.log.scrollTop = 0; });
  }
  function applyNodes(root) {
    var nodes = root.querySelectorAll('[data-diogel-t]');
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute('data-diogel-t'));
  }

  /* ---------- start ---------- */
  function loadStrings() {
    var ctrl = new AbortController(), timer = setTimeout(function () { ctrl.abort(); }, TIMEOUT_MS);
    return fetch(new URL('i18n.json', SRC).href, { signal: ctrl.signal, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error('i18n ' + r.status); return r.json(); })
      .then(function (d) { if (d && d.en && d.cy) state.strings = d; })
      .catch(function () { /* degraded mode */ })
      .finally(function () { clearTimeout(timer); });
  }
  function loadCss() {
    return new Promise(function (resolve) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL('widget.css', SRC).href;
      link.onload = link.onerror = resolve;
      setTimeout(resolve, 3000);
      document.head.appendChild(link);
    });
  }
  function start() {
    if (state.exiting) return;
    if (!state.strings) return buildDegraded();
    build();
    loadHelplines(state.lang);
    var sess = store.get(KEYS.session), saved = store.get(KEYS.log);
    if (sess && typeof sess.id === 'string') { state.sid = sess.id; state.exp = +sess.exp || 0; }
    if (Array.isArray(saved) && saved.length) {
      state.entries = saved.filter(function (e) { return e && (e.r === 'u' || e.r === 'b' || e.r === 'c'); });
      state.entries.forEach(render);
      scrollDown();
    } else {
      send('/greet');
    }
  }

  var stored = store.get(KEYS.lang);
  var attr = script.getAttribute('data-lang');
  state.lang = stored === 'en' || stored === 'cy' ? stored
    : attr === 'en' || attr === 'cy' ? attr
    : /^cy/i.test(document.documentElement.lang || '') ? 'cy' : 'en';

  var ready = Promise.all([loadStrings(), loadCss()]);
  var go = function () { ready.then(start); };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go); else go();
})();
