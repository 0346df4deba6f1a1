#!/usr/bin/env python3
"""Run every §8 probe in probes.json against the SpineCDS CLI snapshot; print pass/fail with evidence.
Outputs (json, text, PDFs, pdftotext) are kept in out/ for inspection. Writes results.json."""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CLI = "/work/dev/cli-snap/spinecds-cli"
OUT = os.path.join(HERE, "out"); os.makedirs(OUT, exist_ok=True)
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")

def run(args, stdin=None):
    r = subprocess.run([CLI] + args, capture_output=True, text=True, env=ENV, input=stdin, timeout=120)
    return r.returncode, r.stdout, r.stderr

class Case:
    def __init__(self, path):
        self.path = os.path.join(HERE, path); self.name = os.path.basename(path).rsplit(".", 1)[0]
        self._c = {}
    def get(self, what):
        if what in self._c: return self._c[what]
        p = self.path; n = self.name
        if what == "validate":
            v = run(["validate", p])
        elif what == "json":
            rc, o, e = run(["evaluate", "--format", "json", p]); open(f"{OUT}/{n}.json", "w").write(o)
            v = json.loads(o) if rc == 0 else None
            if v is None: raise RuntimeError(f"evaluate --format json rc={rc}: {e.strip()}")
        elif what == "text":
            rc, o, e = run(["evaluate", p]); open(f"{OUT}/{n}.txt", "w").write(o)
            if rc: raise RuntimeError(f"evaluate rc={rc}: {e.strip()}")
            v = o
        elif what in ("summary", "handout"):
            pdf = f"{OUT}/{n}.{what}.pdf"
            rc, o, e = run(["render", "-d", what, "-o", pdf, p])
            if rc: raise RuntimeError(f"render {what} rc={rc}: {e.strip()}")
            t = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
            open(f"{OUT}/{n}.{what}.txt", "w").write(t)
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            v = (t, pages)
        self._c[what] = v; return v

def recs(c): return c.get("json")["recommendations"]
def snippet(text, m, w=110):
    s = max(0, m.start() - w); e = min(len(text), m.end() + w)
    return "…" + re.sub(r"\s+", " ", text[s:e]).strip() + "…"

def check(c, k):
    kind = k["kind"]
    if kind == "validate_ok":
        rc, o, e = c.get("validate"); return rc == 0, (o + e).strip()
    j = c.get("json")
    if kind == "triage_eq":
        return j["triage"] == k["value"], f"triage={j['triage']} (timeframe: {j['timeframe']!r}); red_flags={j['red_flags']}"
    if kind == "action_present":
        return k["code"] in j["actions"], f"actions={j['actions']}"
    if kind == "action_absent":
        return k["code"] not in j["actions"], f"actions={j['actions']}"
    if kind == "action_present_any":
        return any(x in j["actions"] for x in k["codes"]), f"actions={j['actions']}"
    if kind in ("rec_text_absent", "rec_text_present"):
        items = [(r["id"], r["text"]) for r in recs(c)]
        if k.get("include_timeframe"): items.append(("<timeframe>", j["timeframe"]))
        hits = [(i, t, m) for i, t in items for m in [re.search(k["regex"], t)] if m]
        if kind == "rec_text_absent":
            return not hits, "; ".join(f"[{i}] {t!r} (matched {m.group(0)!r})" for i, t, m in hits) or "no match"
        return bool(hits), ("; ".join(f"[{i}] {t!r}" for i, t, m in hits[:3]) if hits else
                            f"no recommendation text matches /{k['regex']}/; rec ids: {[r['id'] for r in recs(c)]}")
    if kind == "rec_action_because_present":
        rs = [r for r in recs(c) if r.get("action") == k["action"]]
        if not rs: return False, f"no recommendation with action {k['action']}"
        ok = any(re.search(k["regex"], " | ".join(r["because"])) for r in rs)
        return ok, "; ".join(f"[{r['id']}] because={r['because']}" for r in rs)
    if kind == "rec_because_where":
        bad = [r for r in recs(c) if re.search(k["select"], r["text"]) and re.search(k["forbid"], " | ".join(r["because"]))]
        return not bad, "; ".join(f"[{r['id']}] {r['text']!r} because={r['because']}" for r in bad) or "none"
    if kind == "rec_where":
        rs = [r for r in recs(c) if r.get("action") == k["action"]]
        if not rs: return False, f"no recommendation with action {k['action']}; actions={j['actions']}"
        bad = [r for r in rs if not re.search(k["require"], r["text"])]
        return not bad, "; ".join(f"[{r['id']}] {r['text']!r}" for r in (bad or rs))
    if kind == "no_seed_only_refs":
        refids = {r["id"] for r in j["references"]}
        bad = []
        for r in recs(c):
            if not r["references"] or all(re.search(k["seed"], x) for x in r["references"]):
                bad.append(f"[{r['id']}] refs={r['references']} {r['text']!r}")
            for x in r["references"]:
                if x not in refids: bad.append(f"[{r['id']}] unresolved ref {x}")
        return not bad, "; ".join(bad) or f"{len(recs(c))} recommendations all have a non-seed reference"
    if kind == "json_eq":
        v = j
        for part in k["path"].split("."): v = v.get(part) if isinstance(v, dict) else None
        return v == k["value"], f"{k['path']}={v!r}; mscc_surgery={json.dumps(j.get('mscc_surgery'))}"
    if kind == "json_contains":
        v = j.get(k["path"]); return isinstance(v, list) and all(x in v for x in k["values"]), f"{k['path']}={v!r}"
    if kind in ("text_present", "text_absent"):
        t = c.get("text"); m = re.search(k["regex"], t)
        if kind == "text_present": return bool(m), snippet(t, m) if m else f"no /{k['regex']}/ in evaluate text output"
        return not m, snippet(t, m) if m else "no match"
    if kind.startswith("handout_") or kind.startswith("summary_"):
        doc = kind.split("_")[0]; t, pages = c.get(doc)
        if kind.endswith("_pages_le"): return pages <= k["n"], f"{doc} has {pages} pages"
        if kind == "summary_refs_all_cited":
            idx = [m.start() for m in re.finditer(r"^References\s*$", t, re.M)]
            if not idx: return False, "no References section"
            body, refs = t[:idx[-1]], t[idx[-1]:]
            listed = [int(x) for x in re.findall(r"^\[(\d+)\]", refs, re.M)]
            cited = set()
            for grp in re.findall(r"\[(\d+(?:\s*,\s*\d+)*)\s*,?\s*\]", body): cited |= {int(x) for x in re.split(r"\s*,\s*", grp)}
            # citation groups may wrap across lines: also catch "[7, 8,\n 1]"
            for grp in re.findall(r"\[([\d,\s]+)\]", body, re.S): cited |= {int(x) for x in re.findall(r"\d+", grp)}
            unc = [n for n in listed if n not in cited]
            lines = {int(m.group(1)): m.group(2)[:80] for m in re.finditer(r"^\[(\d+)\]\s*(.*)$", refs, re.M)}
            return not unc, (f"listed {len(listed)} refs; never cited in the summary body: " + "; ".join(f"[{n}] {lines.get(n,'')}" for n in unc)) if unc else f"all {len(listed)} listed refs cited"
        m = re.search(k["regex"], t)
        if kind.endswith("_absent"): return not m, snippet(t, m) if m else "no match"
        return bool(m), snippet(t, m) if m else f"no /{k['regex']}/ in {doc}"
    if kind == "extract_report":
        rep = json.load(open(c.path))["imaging"]["report_text"]
        rc, o, e = run(["extract", "--format", "json", "-"], stdin=rep)
        rc2, o2, e2 = run(["extract", "-"], stdin=rep)
        try: n = len(json.loads(o)["findings"])
        except Exception: n = None
        said = (o2 + e2).strip()
        ok = n is not None and n <= k["max_findings"] and bool(re.search(k["regex"], said))
        return ok, f"json rc={rc} findings={n} stderr={e.strip()!r}; text rc={rc2} says: {said[:300]!r}"
    raise ValueError(kind)

def main():
    probes = json.load(open(os.path.join(HERE, "probes.json")))
    results = []; cases = {}
    for pr in probes:
        c = cases.setdefault(pr["case"], Case(pr["case"]))
        rc, vo, ve = c.get("validate")
        status, ev = "pass", []
        if rc != 0:
            status = "fail-unsupported"; ev.append(f"validate rc={rc}: {(vo+ve).strip()}")
        else:
            for k in pr["check"]:
                try: ok, e = check(c, k)
                except Exception as ex: ok, e = False, f"ERROR {ex}"
                ev.append(f"{'ok  ' if ok else 'FAIL'} {k['kind']}{' '+k.get('regex', k.get('code', k.get('value', ''))).__str__() if k.get('regex') or k.get('code') or 'value' in k else ''}: {e}")
                if not ok: status = "fail"
        results.append({**pr, "status": status, "evidence": ev})
        print(f"{status.upper():17s} {pr['item']:6s} {os.path.basename(pr['case'])}")
        for e in ev:
            if status != "pass" or "-v" in sys.argv: print("    " + e)
    json.dump(results, open(os.path.join(HERE, "results.json"), "w"), indent=2, ensure_ascii=False)
    items = {}
    for r in results:
        d = items.setdefault(r["item"], [0, 0, 0, 0]); d[0] += 1
        d[{"pass": 1, "fail": 2, "fail-unsupported": 3}[r["status"]]] += 1
    print("\nitem   probes pass fail unsupported")
    for it in sorted(items, key=lambda s: int(s.split(".")[1])): print(f"{it:6s} {items[it][0]:6d} {items[it][1]:4d} {items[it][2]:4d} {items[it][3]:4d}")
    tot = [sum(v[i] for v in items.values()) for i in range(4)]
    print(f"total  {tot[0]:6d} {tot[1]:4d} {tot[2]:4d} {tot[3]:4d}")
main()
