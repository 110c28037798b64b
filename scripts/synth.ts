/**
 * Deterministic synthetic witnesses for the benchmark (scripts/bench.ts) and its tests.
 *
 * A synthetic witness is the base text with planted, recorded perturbations, each kind touching
 * about `rates[kind]` of the base's words:
 *   - substitute: a word replaced by a synonym (or another word of the text);
 *   - delete:     a word removed;
 *   - insert:     a neutral filler word added ("also", "duly"…);
 *   - modal:      a modal marker changed (should → must/may, shall → should, encourage → require…);
 *   - qualifier:  a restricting phrase dropped (opened by without / through / with … as / in order to /
 *                 to + verb, running to the next clause boundary);
 *   - move:       a sentence moved (to the other end of its unit, or the whole clause a few places).
 * Modal changes and dropped phrases are recorded with their unit so that a report can be scored
 * against them (planted recall). Modal changes are capped by the markers the text has (about 3% of
 * the words of the UN text), dropped phrases by its qualifier phrases.
 *
 * Pure and deterministic: the same base, seed and rates give the same witnesses, on any machine.
 * No wink-nlp here: words are whitespace-separated pieces with their punctuation peeled off.
 */

/** A base unit: its id (`P1`, `C4`) and text. */
export interface BaseUnit {
  id: string;
  text: string;
}

/** Share of the base's words each kind of perturbation touches. */
export interface Rates {
  substitute: number;
  delete: number;
  insert: number;
  modal: number;
  qualifier: number;
  move: number;
}

export const DEFAULT_RATES: Readonly<Rates> = { substitute: 0.05, delete: 0.05, insert: 0.05, modal: 0.05, qualifier: 0.05, move: 0.05 };

/** A planted modal change: `from` (as written in the base unit) became `to`. */
export interface PlantedModal {
  witness: string;
  unit: string;
  from: string;
  to: string;
}

/** A planted dropped qualifier phrase (original text, and its words lower-cased). */
export interface PlantedDrop {
  witness: string;
  unit: string;
  phrase: string;
  words: string[];
}

/** A planted move: a sentence moved inside its unit, or a whole clause moved among the clauses. */
export interface PlantedMove {
  witness: string;
  unit: string;
  kind: 'sentence' | 'clause';
  words: number;
}

/** One clause of a synthetic witness, with the base unit it was made from (the truth). */
export interface SynthClause {
  unit: string;
  text: string;
}

export interface SynthWitness {
  id: string;
  /** Clauses in reading order (moved clauses included). */
  clauses: SynthClause[];
  planted: { modals: PlantedModal[]; drops: PlantedDrop[]; moves: PlantedMove[] };
  /** Words of the base, and words touched by each kind of perturbation. */
  counts: { words: number } & Rates;
}

// ---------------------------------------------------------------------------------------------
// Randomness

export type Rng = () => number;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed derived from a seed and labels (FNV-1a over their text), so streams do not overlap. */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of labels.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function has<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)];
}

function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

// ---------------------------------------------------------------------------------------------
// Word lists (plain data; only the generator uses them)

/**
 * Modal markers of lexicons/modality.yaml and what each may become (always another strength:
 * "shall" and "must" bind alike, so neither becomes the other).
 */
const MODAL_ALTERNATIVES: Record<string, readonly string[]> = {
  should: ['must', 'may', 'shall'],
  shall: ['should', 'may', 'will'],
  must: ['should', 'may'],
  may: ['must', 'should'],
  can: ['must', 'should'],
  could: ['must', 'should'],
  encourage: ['require', 'urge'],
  welcome: ['urge', 'require'],
  'call upon': ['urge', 'require'],
  'call on': ['urge', 'require'],
  invite: ['require', 'urge'],
  suggest: ['require', 'urge'],
  request: ['force', 'require', 'encourage'],
  ask: ['require', 'encourage'],
  urge: ['require', 'encourage'],
  require: ['encourage', 'request'],
  force: ['request', 'encourage'],
};

/** Synonyms: the word variation of long bases and the first choice of a substitution. */
export const VARIATION: Record<string, readonly string[]> = {
  states: ['countries', 'nations'],
  data: ['information'],
  security: ['safety', 'protection'],
  important: ['critical', 'vital'],
  companies: ['enterprises', 'firms', 'businesses'],
  products: ['goods', 'offerings'],
  services: ['solutions'],
  development: ['advancement', 'progress'],
  global: ['worldwide'],
  international: ['global', 'multilateral'],
  cooperation: ['collaboration', 'partnership'],
  activities: ['operations', 'actions'],
  users: ['customers', 'consumers'],
  personal: ['private', 'individual'],
  information: ['records', 'details'],
  infrastructure: ['facilities', 'networks'],
  economic: ['financial', 'commercial'],
  digital: ['online', 'electronic'],
  public: ['common', 'general'],
  interests: ['concerns', 'benefits'],
  sovereignty: ['independence', 'authority'],
  jurisdiction: ['competence'],
  territory: ['land', 'soil'],
  agreements: ['arrangements', 'accords', 'treaties'],
  systems: ['platforms', 'networks'],
  devices: ['equipment', 'terminals'],
  vulnerabilities: ['flaws', 'weaknesses'],
  remedies: ['fixes', 'solutions'],
  partners: ['counterparts', 'allies'],
  initiative: ['proposal', 'plan'],
  commitments: ['pledges', 'promises'],
  crucial: ['key', 'vital', 'decisive'],
  growth: ['expansion', 'increase'],
  innovative: ['creative', 'novel'],
  environment: ['climate', 'setting'],
  efforts: ['endeavours', 'work'],
  dialogue: ['exchange', 'consultation'],
  stable: ['steady', 'reliable'],
  secure: ['safe', 'protected'],
  comprehensive: ['holistic', 'thorough'],
  objective: ['impartial', 'neutral'],
  mass: ['large-scale', 'bulk'],
  surveillance: ['monitoring', 'spying'],
  collection: ['gathering', 'harvesting'],
  laws: ['statutes', 'rules'],
  regulations: ['rules', 'provisions'],
  obtain: ['acquire', 'get'],
  store: ['keep', 'hold'],
  overseas: ['abroad', 'offshore'],
  governance: ['management', 'administration'],
  crimes: ['offences', 'wrongdoing'],
  assistance: ['aid', 'help'],
  relevant: ['pertinent', 'applicable'],
  infringe: ['violate', 'encroach'],
  install: ['place', 'implant'],
  illegitimate: ['improper', 'unlawful'],
  dependence: ['reliance'],
  upgrade: ['update', 'replace'],
  serious: ['severe', 'grave'],
  timely: ['prompt', 'speedy'],
  manipulate: ['alter', 'tamper'],
  civilization: ['society', 'culture'],
  influence: ['impact', 'effect'],
  revolution: ['transformation', 'upheaval'],
  economy: ['market'],
  confidence: ['trust', 'faith'],
  emphasis: ['weight', 'importance'],
  balanced: ['measured', 'even'],
  progress: ['advances', 'headway'],
  benefit: ['gain', 'advantage'],
  outcomes: ['results'],
  stability: ['cohesion', 'harmony'],
  organizations: ['bodies', 'institutions'],
  communities: ['groups', 'circles'],
  individuals: ['persons', 'people'],
  actors: ['stakeholders', 'parties'],
  consultation: ['deliberation'],
  contribution: ['input'],
  mutual: ['reciprocal'],
  critical: ['vital', 'essential'],
  permission: ['consent', 'authorization'],
  requirement: ['demands', 'needs'],
  judicial: ['legal'],
  providers: ['suppliers', 'vendors'],
  phenomenal: ['remarkable', 'extraordinary'],
  explosive: ['rapid', 'dramatic'],
  aggregation: ['accumulation', 'concentration'],
  technology: ['technologies'],
  facilitating: ['enabling', 'fostering'],
  reshaping: ['transforming', 'changing'],
  boosting: ['raising', 'strengthening'],
  ensuring: ['guaranteeing', 'securing'],
  promoting: ['advancing', 'furthering'],
  technological: ['technical', 'scientific'],
  foster: ['build', 'cultivate'],
  fair: ['equitable', 'just'],
  common: ['shared', 'joint'],
  responsibility: ['duty'],
  concerted: ['joint', 'coordinated'],
  extensive: ['broad', 'wide'],
  shared: ['common', 'joint'],
  future: ['destiny'],
  openness: ['transparency'],
  handle: ['manage', 'address'],
  'evidence-based': ['fact-based'],
  impair: ['damage', 'harm'],
  steal: ['take', 'seize'],
  undermine: ['weaken', 'erode'],
  prevent: ['stop', 'avert'],
  jeopardize: ['endanger', 'threaten'],
  oppose: ['resist', 'reject'],
  unauthorized: ['unapproved', 'illicit'],
  tool: ['instrument', 'means'],
  domestic: ['national', 'local'],
  generated: ['produced', 'created'],
  respect: ['honour', 'uphold'],
  combating: ['fighting', 'tackling'],
  multilateral: ['collective'],
  illegally: ['unlawfully'],
  seek: ['pursue'],
  advantage: ['benefit'],
  notifying: ['informing', 'alerting'],
  offering: ['providing', 'supplying'],
  support: ['back', 'endorse'],
  confirm: ['affirm', 'reaffirm'],
  aforementioned: ['above', 'foregoing'],
};

/** Neutral words an insertion adds (no modal, negation or qualifier force). */
const FILLERS = [
  'also', 'further', 'duly', 'fully', 'jointly', 'actively', 'relevant', 'various', 'overall',
  'together', 'specific', 'broad', 'genuine', 'effective', 'new', 'key', 'concrete', 'practical',
];

/** Verbs that open a purpose qualifier after a bare "to". */
const VERBS = new Set([
  'forge', 'make', 'prevent', 'conduct', 'obtain', 'store', 'put', 'ensure', 'promote', 'abide', 'support',
  'upgrade', 'suggest', 'protect', 'safeguard', 'achieve', 'build', 'establish', 'strengthen', 'develop',
  'enhance', 'improve', 'address', 'combat', 'seek', 'use', 'access', 'collect', 'share', 'control',
  'manipulate', 'maintain', 'facilitate', 'boost', 'foster', 'handle', 'respect', 'oppose', 'install',
  'notify', 'offer', 'infringe', 'acquire', 'get', 'keep', 'hold', 'update', 'alter', 'tamper', 'stop',
  'avert', 'realise', 'realize', 'reach', 'create', 'advance', 'increase', 'manage', 'pursue', 'resist',
]);

/** Words after which "to" + verb is a complement, not a purpose (a 4-word window looks back). */
const COMPLEMENTS = new Set([
  'encourage', 'welcome', 'upon', 'on', 'invite', 'suggest', 'ask', 'request', 'urge', 'require', 'force',
  'oblige', 'compel', 'allow', 'permit', 'enable', 'help', 'need', 'want', 'like', 'wish', 'hope', 'seek',
  'try', 'decide', 'agree', 'undertake', 'commit', 'right', 'responsibility', 'duty', 'efforts', 'effort',
  'commitment', 'order', 'as', 'able', 'have', 'has', 'ought', 'going', 'used',
]);

/** Words that end a qualifier phrase (a new qualifier or a relative clause starts). */
const PHRASE_STOPS = new Set([
  'without', 'through', 'under', 'unless', 'except', 'if', 'including', 'whereas', 'while', 'which', 'that',
  'who', 'where', 'when', 'such',
]);

/** Words a substitution or deletion never touches (function words, negation, qualifier heads). */
const KEEP = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'nor', 'to', 'in', 'on', 'for', 'with', 'by', 'as', 'at', 'from',
  'that', 'which', 'who', 'their', 'its', 'this', 'these', 'those', 'is', 'are', 'be', 'has', 'have', 'been',
  'it', 'they', 'we', 'not', 'no', 'never', 'without', 'through', 'under', 'unless', 'except', 'if', 'such',
  'including', 'where', 'when', 'while', 'whereas', 'upon', 'into', 'over', 'out', 'would', 'like', 'order',
  'illegally', 'unlawfully', 'call', 'any', 'other', 'all', 'own', 'them', 'there', 'between', 'both', 'same',
  'two', 'also', 'following', 'never',
]);

/** Replacement words when a word has no listed synonym: every listed synonym. */
const SUBSTITUTES: readonly string[] = [...new Set(Object.values(VARIATION).flat())].sort();

const MODAL_WORDS = new Set(Object.keys(MODAL_ALTERNATIVES).flatMap((k) => k.split(' ')));

// ---------------------------------------------------------------------------------------------
// Words

interface Word {
  pre: string;
  core: string;
  post: string;
  lc: string;
  /** Starts a sentence (first word, or after . ! ?). */
  start: boolean;
  deleted: boolean;
  /** Touched by a planted change (or next to one): other perturbations leave it alone. */
  locked: boolean;
  /** No filler may be inserted after it (it precedes or is part of a planted change). */
  closed: boolean;
  /** Filler words inserted after this word. */
  after: string[];
}

const PIECE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

function parseWords(text: string): Word[] {
  const words: Word[] = [];
  for (const piece of text.split(/\s+/)) {
    if (piece === '') continue;
    const m = PIECE.exec(piece)!;
    const prev = words[words.length - 1];
    words.push({
      pre: m[1], core: m[2], post: m[3], lc: m[2].toLowerCase(),
      start: !prev || /[.!?]["'’”)\]]*$/.test(prev.post),
      deleted: false, locked: false, closed: false, after: [],
    });
  }
  return words;
}

/** Words of a text (whitespace-separated pieces with a letter or digit). */
export function countWords(text: string): number {
  let n = 0;
  for (const piece of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(piece)) n++;
  return n;
}

/** Lower-cased words of a text, punctuation peeled off. */
export function wordsOf(text: string): string[] {
  return parseWords(text).filter((w) => w.core !== '').map((w) => w.lc);
}

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word[0].toUpperCase() + word.slice(1) : word;
}

const CLAUSE_PUNCT = /[.,;:!?]/;

/** Rebuild a text: deleted words leave their clause punctuation to the previous word. */
function render(words: Word[]): string {
  let last: Word | undefined;
  let carry = '';
  let capitalise = false;
  const pieces: { w: Word; text: string[] }[] = [];
  for (const w of words) {
    if (w.deleted) {
      const punct = w.post.replace(/[^.,;:!?]/g, '');
      if (punct) carry = punct;
      if (w.start) capitalise = true;
      continue;
    }
    let core = w.core;
    if (capitalise) {
      core = matchCase('A', core);
      capitalise = false;
    }
    if (carry) {
      const prev = pieces[pieces.length - 1];
      if (prev && !CLAUSE_PUNCT.test(prev.w.post.slice(-1))) prev.text[0] += carry;
      carry = '';
    }
    pieces.push({ w, text: [w.pre + core + w.post, ...w.after] });
    last = w;
  }
  if (carry && last) {
    const prev = pieces[pieces.length - 1];
    if (!CLAUSE_PUNCT.test(prev.w.post.slice(-1))) prev.text[0] += carry;
  }
  return pieces.flatMap((p) => p.text).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Sites

interface Site {
  clause: number;
  start: number;
  /** Exclusive. */
  end: number;
}

function modalSites(words: Word[], clause: number): Site[] {
  const out: Site[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.lc === 'call' && (words[i + 1]?.lc === 'upon' || words[i + 1]?.lc === 'on') && w.post === '') {
      out.push({ clause, start: i, end: i + 2 });
      i++;
    } else if (w.lc !== 'call' && has(MODAL_ALTERNATIVES, w.lc)) {
      // "Should States need…" opens a condition, not an obligation
      if (w.start && /^\p{Lu}/u.test(w.core) && w.lc === 'should') continue;
      out.push({ clause, start: i, end: i + 1 });
    }
  }
  return out;
}

function isHead(words: Word[], i: number): number {
  const lc = (k: number) => words[k]?.lc ?? '';
  const w = lc(i);
  if (w === 'without' || w === 'through') return 1;
  if (w === 'in' && lc(i + 1) === 'order' && lc(i + 2) === 'to') return 3;
  if (w === 'with') {
    for (let k = i + 1; k <= i + 8 && k < words.length; k++) {
      if (lc(k) === 'as' && k >= i + 2) return 1;
      if (CLAUSE_PUNCT.test(words[k].post)) break;
    }
    return 0;
  }
  if (w === 'to') {
    const verb = VERBS.has(lc(i + 1)) || (lc(i + 1).endsWith('ly') && VERBS.has(lc(i + 2)));
    if (!verb) return 0;
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (COMPLEMENTS.has(lc(k))) return 0;
      if (CLAUSE_PUNCT.test(words[k].post)) break;
    }
    return 1;
  }
  return 0;
}

/** Qualifier phrases: a head, then words up to the next clause boundary (3 to 12 words). */
function qualifierSites(words: Word[], clause: number): Site[] {
  const out: Site[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = isHead(words, i);
    if (!head) continue;
    let end = i + head;
    if (CLAUSE_PUNCT.test(words[end - 1].post)) {
      // a head that ends a clause by itself is no phrase
      continue;
    }
    while (end < words.length) {
      const w = words[end];
      if (PHRASE_STOPS.has(w.lc) || isHead(words, end)) break;
      end++;
      if (CLAUSE_PUNCT.test(w.post)) break;
    }
    const n = end - i;
    if (n >= 3 && n <= 12) {
      out.push({ clause, start: i, end });
      i = end - 1;
    }
  }
  return out;
}

/**
 * Isolate a planted change: its words and one word on each side are left alone by the other
 * perturbations, and no filler goes between them, so that each planted change is scored on its own.
 */
function guard(words: Word[], s: Site): void {
  for (let i = Math.max(0, s.start - 1); i < Math.min(words.length, s.end + 1); i++) words[i].locked = true;
  for (let i = Math.max(0, s.start - 1); i < s.end; i++) words[i].closed = true;
}

function free(words: Word[], s: Site): boolean {
  for (let i = Math.max(0, s.start - 1); i < Math.min(words.length, s.end + 1); i++) if (words[i].locked || words[i].deleted) return false;
  return true;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?]["'’”)\]]*)\s+(?=["'‘“(\[]?\p{Lu})/u).filter((s) => s !== '');
}

// ---------------------------------------------------------------------------------------------
// Generation

/** One synthetic witness of `base`, with its perturbations recorded. Pure. */
export function makeWitness(base: readonly BaseUnit[], id: string, seed: number, rates: Partial<Rates> = {}): SynthWitness {
  const r: Rates = { ...DEFAULT_RATES, ...rates };
  const rng = mulberry32(deriveSeed(seed, 'witness', id));
  const clauses = base.map((u) => parseWords(u.text));
  const total = clauses.reduce((n, ws) => n + ws.filter((w) => w.core !== '').length, 0);
  const target = (rate: number) => Math.round(rate * total);
  const counts = { words: total, substitute: 0, delete: 0, insert: 0, modal: 0, qualifier: 0, move: 0 };
  const planted: SynthWitness['planted'] = { modals: [], drops: [], moves: [] };

  // 1. modal changes
  const modals = shuffle(rng, clauses.flatMap((ws, ci) => modalSites(ws, ci)));
  for (const s of modals) {
    if (counts.modal >= target(r.modal)) break;
    const ws = clauses[s.clause];
    const from = ws.slice(s.start, s.end).map((w) => w.core).join(' ');
    const to = pick(rng, has(MODAL_ALTERNATIVES, from.toLowerCase())!);
    const first = ws[s.start];
    first.core = matchCase(first.core, to);
    guard(ws, s);
    for (let i = s.start + 1; i < s.end; i++) ws[i].deleted = true;
    // "call upon" → "urge": the phrase's punctuation stays on the new word
    if (s.end - s.start > 1) first.post = ws[s.end - 1].post;
    counts.modal += s.end - s.start;
    planted.modals.push({ witness: id, unit: base[s.clause].id, from, to: first.core });
  }

  // 2. dropped qualifier phrases
  const quals = shuffle(rng, clauses.flatMap((ws, ci) => qualifierSites(ws, ci)));
  for (const s of quals) {
    if (counts.qualifier >= target(r.qualifier)) break;
    const ws = clauses[s.clause];
    if (!free(ws, s)) continue;
    const dropped = ws.slice(s.start, s.end);
    for (const w of dropped) w.deleted = true;
    guard(ws, s);
    counts.qualifier += dropped.length;
    planted.drops.push({
      witness: id,
      unit: base[s.clause].id,
      phrase: dropped.map((w) => w.pre + w.core + w.post).join(' '),
      words: dropped.filter((w) => w.core !== '').map((w) => w.lc),
    });
  }

  // 3. substitutions, 4. deletions: ordinary words nobody planted anything on
  const ordinary = (w: Word) =>
    !w.locked && !w.deleted && w.core.length >= 3 && /^\p{L}\p{Ll}/u.test(w.core) && !KEEP.has(w.lc) && !MODAL_WORDS.has(w.lc);
  const pool = SUBSTITUTES;
  for (const w of shuffle(rng, clauses.flatMap((ws) => ws.filter(ordinary)))) {
    if (counts.substitute >= target(r.substitute)) break;
    const synonyms = has(VARIATION, w.lc);
    let next = synonyms ? pick(rng, synonyms) : pick(rng, pool);
    if (next === w.lc) next = pick(rng, pool.filter((p) => p !== w.lc));
    w.core = matchCase(w.core, next);
    w.lc = next;
    w.locked = true;
    counts.substitute++;
  }
  const deletable = (w: Word) => ordinary(w) && !w.start && !CLAUSE_PUNCT.test(w.post);
  for (const w of shuffle(rng, clauses.flatMap((ws) => ws.filter(deletable)))) {
    if (counts.delete >= target(r.delete)) break;
    w.deleted = true;
    w.locked = true;
    counts.delete++;
  }

  // 5. insertions, after a kept word that does not end a clause
  const hosts = clauses.flatMap((ws) => ws.filter((w) => !w.deleted && !w.closed && w.core !== '' && !CLAUSE_PUNCT.test(w.post)));
  if (hosts.length) {
    while (counts.insert < target(r.insert)) {
      pick(rng, hosts).after.push(pick(rng, FILLERS));
      counts.insert++;
    }
  }

  // 6. moves: a unit's first sentence goes to its end, or a one-sentence clause moves 1–3 places
  const made: SynthClause[] = clauses.map((ws, i) => ({ unit: base[i].id, text: render(ws) }));
  const out = [...made];
  for (const c of shuffle(rng, [...made])) {
    if (counts.move >= target(r.move)) break;
    const sents = sentencesOf(c.text);
    if (sents.length > 1) {
      c.text = [...sents.slice(1), sents[0]].join(' ');
      const n = countWords(sents[0]);
      counts.move += n;
      planted.moves.push({ witness: id, unit: c.unit, kind: 'sentence', words: n });
    } else if (out.length > 1) {
      const from = out.indexOf(c);
      const offset = (1 + Math.floor(rng() * 3)) * (rng() < 0.5 ? -1 : 1);
      const to = Math.max(0, Math.min(out.length - 1, from + offset));
      if (to === from) continue;
      out.splice(from, 1);
      out.splice(to, 0, c);
      const n = countWords(c.text);
      counts.move += n;
      planted.moves.push({ witness: id, unit: c.unit, kind: 'clause', words: n });
    }
  }
  return { id, clauses: out.filter((c) => c.text !== ''), planted, counts };
}

/** `count` witnesses `syn-001`… of `base`, each from its own stream of `seed`. Pure. */
export function makeWitnesses(base: readonly BaseUnit[], count: number, seed: number, rates: Partial<Rates> = {}): SynthWitness[] {
  return Array.from({ length: count }, (_, i) => makeWitness(base, `syn-${String(i + 1).padStart(3, '0')}`, seed, rates));
}

/**
 * A long base of about `words` words: the units of `base` repeated in order (the last copy cut at the
 * unit that reaches the count), every copy after the first with about `variation` of its listed words
 * replaced by synonyms so that copies are not identical, units renumbered per prefix in reading order
 * (P1…P7, C1…C8, E1, then P8…, C9…, E2…). Pure.
 */
export function expandBase(base: readonly BaseUnit[], words: number, seed: number, variation = 0.6): BaseUnit[] {
  if (base.length === 0) return [];
  const rng = mulberry32(deriveSeed(seed, 'expand'));
  const numbers = new Map<string, number>();
  const out: BaseUnit[] = [];
  let total = 0;
  for (let k = 0; total < words; k++) {
    const u = base[k % base.length];
    const prefix = /^[A-Za-z]+/.exec(u.id)?.[0] ?? 'U';
    const n = (numbers.get(prefix) ?? 0) + 1;
    numbers.set(prefix, n);
    let text = u.text;
    if (k >= base.length) {
      const ws = parseWords(u.text);
      for (const w of ws) {
        const alts = has(VARIATION, w.lc);
        if (alts && rng() < variation) {
          const next = pick(rng, alts);
          w.core = matchCase(w.core, next);
          w.lc = next;
        }
      }
      text = render(ws);
    }
    out.push({ id: `${prefix}${n}`, text });
    total += Math.max(1, countWords(text));
  }
  return out;
}
