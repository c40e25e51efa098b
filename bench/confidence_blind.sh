#!/usr/bin/env bash
# Rows for the event-confidence model from the coder's errors on news it was not tuned on:
# each held-out set coded by the last commit before the set was opened (its blind figure in
# DEVELOPERS.md), features by this tree (bench/confidence_rows.py). Writes
# bench/heldout/confidence_blind.json, which bench/fit_confidence.py --rows reads.
# Needs the held-out texts (where the golds bench/heldout/webN.json point) and git history. Sets
# the file already holds are kept as they are and not coded again (the texts of 16-34 and most of
# 35-50 are lost), so a run only adds the sets of SETS_AT it lacks.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$ROOT/.venv/bin/python}
OUT=$ROOT/bench/heldout/confidence_blind.json
TMP=$(mktemp -d)
trap 'for w in "$TMP"/tree_*; do git -C "$ROOT" worktree remove --force "$w" 2>/dev/null || true; done; rm -rf "$TMP"' EXIT
# commit: sets it had never seen (16-21 and 30-34 before the fifth session opened them, 22-29 at
# their building, 38/40 at theirs, 35-37, 39, 41-44 before the seventh session opened them; 45-50
# were only used to choose a threshold, so today's code codes them; 51-66 before the eleventh and
# twelfth sessions opened them, its first code; 67-81 before the thirteenth and fourteenth did,
# the thirteenth's first code)
SETS_AT=(
  "7e9afd6:16 17 18 19 20 21 30 31 32 33 34"
  "437af07:22 23 24 25 26 27 28 29"
  "65c2a73:38 40"
  "9c61c05:35 36 37 39 41 42 43 44"
  "HEAD:45 46 47 48 49 50"
  "42b1d74:51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66"
  "1d26121:67 68 69 70 71 72 73 74 75 76 77 78 79 80 81"
)
have=$("$PY" -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["sets"]))' "$OUT" 2>/dev/null || true)
parts=()
for g in "${SETS_AT[@]}"; do
  commit=${g%%:*}; sets=${g#*:}
  golds=(); for n in $sets; do
    case " $have " in *" heldout$n "*|*" web$n "*) continue;; esac
    golds+=("$ROOT/bench/heldout/web$n.json")
  done
  [ ${#golds[@]} -eq 0 ] && continue
  if [ "$commit" = HEAD ]; then src=$ROOT/src; tag=$(git -C "$ROOT" rev-parse --short HEAD)
  else tree=$TMP/tree_$commit; git -C "$ROOT" worktree add --detach -q "$tree" "$commit"; src=$tree/src; tag=$commit; fi
  PYTHONPATH=$src "$PY" "$ROOT/bench/confidence_rows.py" "$TMP/$commit.json" "${golds[@]}" --tag "$tag"
  parts+=("$TMP/$commit.json")
done
"$PY" - "$OUT" "${parts[@]}" <<'PYEOF'
import json, sys
sets = {}
try:
    sets.update(json.load(open(sys.argv[1], encoding="utf-8"))["sets"])
except FileNotFoundError:
    pass
for p in sys.argv[2:]:
    sets.update(json.load(open(p, encoding="utf-8"))["sets"])
about = ("Event-confidence training rows (bench/confidence_blind.sh): each held-out set coded by the "
         "last commit before it was opened (coded_by), features by bench/confidence_rows.py; "
         "label 1 required gold, 0 no gold, null optional only. No article text.")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump({"about": about, "sets": dict(sorted(sets.items()))}, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
print(f"{sys.argv[1]}: {len(sets)} sets, {sum(len(s['rows']) for s in sets.values())} rows")
PYEOF
