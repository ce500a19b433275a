// Terminal output of `npm run eval`: the per-type table and the lists behind it.

const pct = (x) => (x == null ? '    -' : (x * 100).toFixed(1).padStart(5));

/** The per-type table of one scored file, as the official scorer prints it (plus TP/FP/FN). */
export function formatTable(res) {
  const news = res.scheme === 'news';
  const lines = ['type   gold  found    P     R    F1  ovlpR fuzzF1' + (news ? '  normAcc docF1' : '')];
  for (const [t, r] of Object.entries(res.types)) {
    lines.push(`${t.padEnd(5)} ${String(r.gold).padStart(5)}  ${String(r.tp + r.fp).padStart(5)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)} ${pct(r.overlapRecall)} ${pct(r.fuzzyF1)}` + (news ? `    ${pct(r.normAcc)} ${pct(r.docF1)}` : ''));
  }
  lines.push(`micro              ${pct(res.micro.p)} ${pct(res.micro.r)} ${pct(res.micro.f1)}        ${pct(res.micro.fuzzyF1)}`);
  return lines.join('\n');
}

/** One line per miss: the gold mention, what gazette found over it, the context. */
export const missLine = (m) => `${m.type} '${m.text}'${m.norm != null ? ` = ${m.norm}` : ''}${m.got ? `  got ${m.got}` : '  not found'}  …${m.ctx}…`;
/** One line per false positive: what gazette found, the rule, the gold under it if any. */
export const falsePositiveLine = (m) => `${m.type} '${m.text}' (${m.source})${m.gold ? `  gold ${m.gold}` : ''}  …${m.ctx}…`;
/** One line per wrong normalization: gold value, gazette's value. */
export const wrongNormLine = (m) => `${m.type} '${m.text}'  gold ${JSON.stringify(m.gold)} got ${JSON.stringify(m.got)}${m.scored ? '' : '  (not scored: the gold has no value)'}  …${m.ctx}…`;

/** The lists of one scored file, optionally of one type only. */
export function formatLists(res, onlyType) {
  const keep = (x) => !onlyType || x.type === onlyType;
  const out = [];
  const section = (title, items, line) => {
    const kept = items.filter(keep);
    out.push(`\n${title} (${kept.length}):`);
    for (const m of kept) out.push(`  ${shortId(m.id)}  ${line(m)}`);
  };
  section('misses', res.misses, missLine);
  section('false positives', res.falsePositives, falsePositiveLine);
  if (res.scheme === 'news') section('wrong normalizations', res.wrongNorms, wrongNormLine);
  return out.join('\n');
}

/** 'gazette-corpus:dev:001-gouvernement-attal' → '001-gouvernement-attal'; other ids as they are. */
export const shortId = (id) => String(id).replace(/^gazette-corpus:[a-z]+:/, '');
