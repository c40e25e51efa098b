"""Quality floors on the held-out world-news golds (bench/heldout/), via bench/eval_heldout.py.

vims_world.json was annotated blind and then tuned on; vims_world2.json was annotated blind and
is kept out of tuning. web6-44.json are real web pages of world news (texts outside the
repository, at each document's absolute ``path``; the floors skip when they are absent): 6 and 9
are used for error analysis, 7, 8 and 10 too since the second 2026-12-06 session, then 11 and 13,
and 12, 14 and 15 since the third; 16-21 (built in the third session) are kept blind: the
best estimate for unseen news until the fifth session opened them. 22-29 (fourth session) were
measured blind once, then opened as training data for the learned confidence model (their local
gold lists every evidence sentence). 30-34 (fifth session) were blind until the sixth opened them,
and 38 and 40 (built at its start) were measured blind once, then opened; 35-37, 39, 41 and 42-44
(built at its end) were blind until the seventh opened them; 45-50 (built during the seventh)
were measured blind before and after its wave, then opened; 51-52 (built at its end), 53-56
(built at the start of the eighth) and 57-58 (built during it) are blind: never read, only
measured; so were 59-62 (built at the start of the ninth), until the eleventh session opened
51-62 for error analysis; 63-66 (built at the start of the eleventh) and 67-69 (built at its
end) were blind, 70-72 too (twelfth session), until they trained the pair model (67-72 since the
thirteenth session); 73-81 (built at the start of the thirteenth) were measured blind, then
opened as training data; 82-87 (built during and at the end of the thirteenth) and 88-89 (built
during the fourteenth) are blind.
Floors sit just under the figures measured when they were pinned; raise them when they improve.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS = {
    # gold: (event F1, entity F1). Measured at the end of the fourth 2026-12-06 session (after
    # wave 8, which fixed recurring constructions over the open sets 6-15 and 22-29):
    #   vims_world 0.913 / 0.998, vims_world2 0.955 / 0.997; tuned 6-15: web6 0.917 / 0.912,
    #   web7 0.817 / 0.902, web8 0.864 / 0.905, web9 0.928 / 0.924, web10 0.817 / 0.931, web11
    #   0.803 / 0.886, web12 0.839 / 0.906, web13 0.697 / 0.933, web14 0.781 / 0.907, web15
    #   0.836 / 0.886 (pooled 0.830); opened 22-29 (first measured blind, code of 569c7da: 0.814,
    #   0.709, 0.627, 0.527, 0.538, 0.713, 0.638, 0.667, pooled 0.656): web22 0.879 / 0.949,
    #   web23 0.74 / 0.923, web24 0.716 / 0.919, web25 0.791 / 0.915, web26 0.698 / 0.915 (h26_25,
    #   a title and two captions, left out), web27 0.783 / 0.876, web28 0.691 / 0.912, web29
    #   0.766 / 0.887 (pooled 0.757).
    # Blind 16-21 (never read; pinned at first measurement: 16-19 with the code of c5ff462 0.724,
    # 0.698, 0.636, 0.723; 20-21 with 9f4a6e6 0.683, 0.786): at the start of the fourth session
    # 0.737, 0.713, 0.662, 0.717, 0.683, 0.786 (pooled 0.717); after wave 8 web16 0.754 / 0.909,
    # web17 0.714 / 0.919, web18 0.662 / 0.933, web19 0.738 / 0.856, web20 0.683 / 0.908, web21
    # 0.83 / 0.919 (pooled 0.731: the wave moved the 22-29 it worked on +0.10, fresh sets +0.014).
    # Fifth 2026-12-06 session: 16-21 opened; wave 9 (recurring constructions over the 24 open
    #   sets 6-29, KB and trigger breadth) measured at its end: vims_world 0.913 / 0.998,
    #   vims_world2 0.955 / 0.997; web6 0.917 / 0.912, web7 0.817 / 0.905, web8 0.885 / 0.917,
    #   web9 0.934 / 0.928, web10 0.845 / 0.936, web11 0.821 / 0.886, web12 0.869 / 0.909, web13
    #   0.707 / 0.933, web14 0.809 / 0.907, web15 0.847 / 0.883, web16 0.819 / 0.918, web17 0.74 /
    #   0.923, web18 0.709 / 0.934, web19 0.79 / 0.863, web20 0.756 / 0.91, web21 0.844 / 0.92,
    #   web22 0.879 / 0.952, web23 0.784 / 0.929, web24 0.741 / 0.933, web25 0.806 / 0.915, web26
    #   0.704 / 0.923, web27 0.814 / 0.879, web28 0.706 / 0.91, web29 0.781 / 0.887, web30 0.684 /
    #   0.938, web31 0.708 / 0.918, web32 0.659 / 0.916, web33 0.521 / 0.907, web34 0.722 / 0.92.
    # Blind 30-34 (built at the start of the fifth session, 381 required events): pooled 0.660
    # (P 0.752, R 0.588) with the code of 7e9afd6, 0.662 (P 0.753, R 0.591) after wave 9.
    # Blind 35-37 (built at the end of the fifth session, 202 required events), first measured
    # with the code of ac6755f: web35 0.605 / 0.912, web36 0.706 / 0.877, web37 0.694 / 0.93
    # (pooled 0.670; blind 30-37 pooled 0.665, P 0.739, R 0.604, 583 required events).
    # Blind 38-39 (built at the start of the sixth session, 130 required events), first measured
    # with the code of 65c2a73: web38 0.609 / 0.877, web39 0.621 / 0.949 (pooled 0.615, P 0.544,
    # R 0.708). A second annotator re-annotated 39 blind: the two agree at 0.961 / 0.905, and the
    # coder scores 0.69 against the second annotation. Blind 40 (world diplomacy 2015-2025) and
    # 41 (Vietnam's own foreign relations), 140 required events, first measured with the same
    # code: web40 0.575 / 0.939, web41 0.754 / 0.909; blind 38-41 pooled 0.635 (P 0.606, R 0.667,
    # 270 required events), blind 35-41 pooled 0.649 (472 required events).
    # Sixth 2026-12-06 session: 30-34, 38 and 40 opened; wave 10 (recurring constructions over the
    #   29 open sets 6-34, rules found on the fresh 38+40, KB and trigger breadth) measured at its
    #   end (event P / R / F1, entity F1): vims_world 0.913 / 0.998, vims_world2 0.955 / 0.997;
    #   web6 0.926 / 0.908, web7 0.817 / 0.903, web8 0.902 / 0.915, web9 0.934 / 0.931, web10
    #   0.838 / 0.934, web11 0.821 / 0.892, web12 0.875 / 0.905, web13 0.716 / 0.936, web14 0.809
    #   / 0.905, web15 0.855 / 0.883, web16 0.835 / 0.921, web17 0.785 / 0.916, web18 0.734 /
    #   0.931, web19 0.797 / 0.866, web20 0.783 / 0.91, web21 0.878 / 0.92, web22 0.889 / 0.962,
    #   web23 0.803 / 0.929, web24 0.759 / 0.933, web25 0.824 / 0.915, web26 0.722 / 0.933, web27
    #   0.831 / 0.879, web28 0.721 / 0.91, web29 0.794 / 0.887, web30 0.712 / 0.938, web31 0.723 /
    #   0.921, web32 0.731 / 0.913, web33 0.533 / 0.912, web34 0.767 / 0.927 (30-34 pooled 0.662
    #   -> 0.698), web38 0.596 / 0.888, web40 0.689 / 0.939 (38+40 pooled 0.592 -> 0.644).
    # Blind after wave 10 (never read): web35 0.59 / 0.912, web36 0.721 / 0.881, web37 0.772 /
    #   0.935, web39 0.621 / 0.947, web41 0.764 / 0.912; pooled 35-37+39+41 0.674 -> 0.691
    #   (P 0.683, R 0.698; tp +8, fp -1 over 331 required events).
    # Blind 42-44 (built at the end of the sixth session, 206 required events), first measured
    #   with the code of 871572f: web42 0.74 / 0.898, web43 0.468 / 0.925, web44 0.793 / 0.922
    #   (pooled 0.670, P 0.818, R 0.568); all blind sets 35-37, 39, 41-44 pooled 0.684 (537).
    # Seventh 2026-12-06 session: 35-37, 39, 41-44 opened; wave 11 (recurring constructions over
    #   the 39 open sets 6-44: meetings and lists, stances, requests read from their answers,
    #   counted groups, modality cues) measured at its end (event P / R / F1 as eval_heldout
    #   prints, entity F1): vims_world 0.913 / 0.998, vims_world2 0.955 / 0.997; web6 0.926,
    #   web7 0.817, web8 0.902, web9 0.934, web10 0.838, web11 0.831, web12 0.875, web13 0.711,
    #   web14 0.818, web15 0.861, web16 0.844, web17 0.8, web18 0.782, web19 0.797, web20 0.8,
    #   web21 0.878, web22 0.881, web23 0.828, web24 0.765, web25 0.833, web26 0.722, web27
    #   0.831, web28 0.739, web29 0.787, web30 0.746, web31 0.792, web32 0.752, web33 0.592,
    #   web34 0.776, web35 0.645, web36 0.763, web37 0.787, web38 0.643, web39 0.746, web40
    #   0.702, web41 0.793, web42 0.806, web43 0.779, web44 0.842 (35-44 pooled 0.684 -> 0.770).
    # Blind 45-50 (built in the seventh session, 399 required events, never read): with main
    #   9c61c05 before the wave and with the wave's code after it: web45 0.641 -> 0.645 / 0.912,
    #   web46 0.758 -> 0.746 / 0.858, web47 0.806 -> 0.806 / 0.955, web48 0.723 -> 0.718 / 0.892,
    #   web49 0.449 -> 0.456 / 0.898 (one article makes 21 of its 52 false events), web50 0.661
    #   -> 0.667 / 0.921; pooled 0.668 -> 0.668 (tp 272 -> 273, fp 144 -> 146): no transfer.
    # Then 45-50 were opened and the confidence threshold set to 0.5 (events under it are almost
    #   all false on sets at their first measurement); final figures, pinned here: web8 0.877,
    #   web11 0.838, web13 0.707, web29 0.768, web30 0.708, web41 0.78 (the threshold drops some
    #   true events of the tuned sets: 6-34+38+40 pooled 0.799 -> 0.800), web45 0.766, web46
    #   0.763, web47 0.812, web48 0.729, web49 0.527, web50 0.667 (45-50 pooled 0.711).
    # Blind 51-52 (built at the end of the seventh session, 141 required events): 9c61c05 0.650 /
    #   0.607 (pooled 0.630), final code web51 0.658 / 0.884, web52 0.628 / 0.934 (pooled 0.644;
    #   0.642 without the threshold).
    # Review pass after: the coder's _ANSWERED knows "đáp trả (các) cuộc/vụ/đợt …": web33 0.597 ->
    #   0.608 (one more true event); nothing else moves.
    # Eighth session (2026-12-07): blind 53-56 built at its start, first measured with 901c9f1:
    #   web53 0.614, web54 0.677, web55 0.781, web56 0.768 (51-52 0.658 / 0.628). The confidence
    #   model refit on blind-coded rows (threshold 0.45) and two rules move blind 51-56 pooled
    #   0.686 -> 0.697 (web51 0.698, 52 0.628, 53 0.623, 54 0.677, 55 0.787, 56 0.776) and the
    #   open sets 6-50 pooled 0.783 -> 0.784, trading true list events and joint drills of tuned
    #   sets (web25 0.82 -> 0.768, web21 0.84, web23 0.813, vims_world 0.889: one THREATEN) for
    #   false ones of fresher sets (45-50 0.711 -> 0.732). Floors re-pinned 0.01 under every
    #   figure measured then.
    # Blind 57-58 (built after those changes, measured once with each code, never read): 901c9f1
    #   web57 0.609 / web58 0.683 (pooled 0.649), final web57 0.651 / web58 0.714 (pooled 0.686).
    # Ninth session (2026-12-07): blind 59-62 (276 required events) built at its start, first
    #   measured with 5677a21: web59 0.790, web60 0.586, web61 0.600, web62 0.619 (pooled 0.645,
    #   P 0.717, R 0.587). Wave 12 (vows, or-else demands, conditional warnings, bare incidents,
    #   "2 bên", amounts in the reach of "với X", thanks) moves the open sets 6-50 0.784 -> 0.787,
    #   blind 51-58 0.694 -> 0.697 (web57 0.651 -> 0.636: its floor lowered to 0.62) and blind
    #   59-62 0.645 -> 0.642 (tp +0, fp +3): web59 0.790, web60 0.582, web61 0.591, web62 0.619.
    #   Then the breadth blocks (~575 trigger rows from knowledge): open 6-50 0.787 -> 0.788, blind
    #   51-58 0.697 (web57 0.641), blind 59-62 0.646 (web59 0.790, web60 0.582, web61 0.602, web62
    #   0.625); the KB's older and overseas names: web62 0.637, web46 0.785 (59-62 pooled 0.648).
    #   Event floors re-pinned 0.01 under the figures measured then where they rose.
    # Tenth session (2026-12-07): the texts were lost with the machine and restored from the
    #   search tool's pages corpus (bench/heldout/RESTORE.md): 370 of the 408 documents of 51-62,
    #   parts of 35, 38, 41, 45, 48. A restored page is the corpus's stored excerpt, not always
    #   the text annotated, so figures on restored texts run lower (blind 51-62 with 5f1a9f5:
    #   0.657 on the 370 restored, 0.682 on the originals); a set is tested only when whole, and
    #   the one restored whole, web51, is pinned 0.01 under its restored figures (0.685 / 0.886).
    "vims_world.json": (0.87, 0.98),
    "vims_world2.json": (0.94, 0.98),
    "web6.json": (0.90, 0.89),
    "web7.json": (0.80, 0.88),
    "web8.json": (0.84, 0.90),
    "web9.json": (0.90, 0.91),
    "web10.json": (0.83, 0.91),
    "web11.json": (0.82, 0.87),
    "web12.json": (0.86, 0.89),
    "web13.json": (0.70, 0.92),
    "web14.json": (0.81, 0.89),
    "web15.json": (0.86, 0.87),
    "web16.json": (0.84, 0.90),
    "web17.json": (0.80, 0.90),
    "web18.json": (0.74, 0.91),
    "web19.json": (0.80, 0.85),
    "web20.json": (0.80, 0.89),
    "web21.json": (0.83, 0.90),
    "web22.json": (0.87, 0.94),
    "web23.json": (0.80, 0.91),
    "web24.json": (0.76, 0.91),
    "web25.json": (0.75, 0.90),
    "web26.json": (0.71, 0.91),
    "web27.json": (0.81, 0.86),
    "web28.json": (0.75, 0.89),
    "web29.json": (0.76, 0.87),
    "web30.json": (0.69, 0.92),
    "web31.json": (0.80, 0.90),
    "web32.json": (0.76, 0.89),
    "web33.json": (0.61, 0.90),
    "web34.json": (0.76, 0.91),
    "web35.json": (0.64, 0.89),
    "web36.json": (0.76, 0.86),
    "web37.json": (0.80, 0.92),
    "web38.json": (0.67, 0.87),
    "web39.json": (0.70, 0.93),
    "web40.json": (0.72, 0.92),
    "web41.json": (0.78, 0.89),
    "web42.json": (0.80, 0.88),
    "web43.json": (0.76, 0.91),
    "web44.json": (0.83, 0.90),
    "web45.json": (0.79, 0.89),
    "web46.json": (0.77, 0.84),
    "web47.json": (0.82, 0.94),
    "web48.json": (0.75, 0.87),
    "web49.json": (0.58, 0.88),
    "web50.json": (0.67, 0.90),
    "web51.json": (0.75, 0.87),
    "web52.json": (0.63, 0.91),
    "web53.json": (0.63, 0.93),
    "web54.json": (0.66, 0.91),
    "web55.json": (0.78, 0.90),
    "web56.json": (0.76, 0.91),
    "web57.json": (0.63, 0.90),
    "web58.json": (0.70, 0.91),
    "web59.json": (0.78, 0.91),
    "web60.json": (0.57, 0.84),
    "web61.json": (0.59, 0.93),
    "web62.json": (0.62, 0.90),
    # blind 63-66 (eleventh session, built at its start; entity precision is lower there
    # because their annotators resolved ministries and embassies to their states instead of
    # listing them): measured with the session's last code
    "web63.json": (0.61, 0.82),
    "web64.json": (0.64, 0.83),
    "web65.json": (0.58, 0.86),
    "web66.json": (0.62, 0.88),
    # blind 67-69 (built at the end of the eleventh session, measured once with its last code:
    # 0.676, 0.596, 0.613; and once with the twelfth session's pair model: 0.693, 0.595, 0.641)
    # 35-66 and vims_world/2 train the pair model since the twelfth session, so their figures
    # are in-sample (63-66 0.88-0.95): their floors stay where the rules alone put them
    "web67.json": (0.68, 0.93),
    "web68.json": (0.58, 0.88),
    "web69.json": (0.63, 0.86),
    # blind 70-72 (built at the start of the twelfth session): measured once with the session's
    # first code (0.709, 0.646, 0.610) and once with the pair model (pinned 0.01 under)
    "web70.json": (0.72, 0.92),
    "web71.json": (0.65, 0.89),
    "web72.json": (0.61, 0.93),
    # blind 73-81 (built at the start of the thirteenth session), measured once with its first
    # code (1d26121: 0.729, 0.616, 0.723, 0.708, 0.696, 0.742, 0.595, 0.626, 0.721) and once
    # with the keep model it tried (0.723, 0.621, 0.710, 0.715, 0.696, 0.737, 0.589, 0.630,
    # 0.712), then opened to train the pair model: pinned 0.01 under the lower blind figure
    "web73.json": (0.71, 0.91),
    "web74.json": (0.60, 0.87),
    "web75.json": (0.70, 0.88),
    "web76.json": (0.69, 0.90),
    "web77.json": (0.68, 0.89),
    "web78.json": (0.72, 0.92),
    "web79.json": (0.57, 0.94),
    "web80.json": (0.61, 0.87),
    "web81.json": (0.92, 0.91),  # fifteenth session: 0.926 (in-sample for the pair model)
    # blind 82-84 (built during the thirteenth session), measured once with each of its codes:
    # 1d26121 0.678, 0.712, 0.703; the keep model 0.674, 0.702, 0.713; the pair model refitted
    # on 38 sets 0.659, 0.712, 0.707 (pinned 0.01 under); sixteenth session (wave 16 and the
    # pair model refitted after it) 0.674, 0.707, 0.712; seventeenth session (wave 17, breadth
    # from news wording, and the refit after it) 0.674, 0.701, 0.717; eighteenth session (wave
    # 18, breadth by type, and the refit after it) 0.678, 0.716, 0.722, after its second round
    # and refit 0.678, 0.712, 0.732; nineteenth session (wave 19, two rounds, and the refit)
    # 0.674, 0.722, 0.722
    "web82.json": (0.66, 0.90),
    "web83.json": (0.70, 0.89),
    "web84.json": (0.72, 0.86),
    # blind 85-87 (built at the end of the thirteenth session; 85 and 86 short, the pages corpus
    # is running out of unused Vietnamese pages), measured once with 1d26121 (0.786, 0.685,
    # 0.764) and with the shipped refit (0.786, 0.676, 0.772; pinned 0.01 under); seventeenth
    # session 0.786, 0.676, 0.789; eighteenth session 0.797, 0.676, 0.789, after its second
    # round 0.803, 0.676, 0.789; nineteenth session the same
    "web85.json": (0.79, 0.82),
    "web86.json": (0.66, 0.83),
    "web87.json": (0.77, 0.83),
    # blind 88-89 (built during the fourteenth session: Vietnam's foreign relations and
    # disputes; world news, mostly Korea, Japan and India-Pakistan), measured once: 0.724 /
    # 0.788 and 0.656 / 0.840 (the session's first and last code code the same events);
    # sixteenth session 0.712 and 0.627 (tp 40 -> 37, fp 13 -> 12: rules written from the open
    # sets lost three events here; blind 82-89 pooled 0.711 -> 0.709); seventeenth session 0.717
    # and 0.633 after wave 17's first part (blind 82-89 pooled 0.709 -> 0.713, tp 360 -> 364, fp
    # 114 -> 116), 0.710 and 0.633 after its second (one false event more in 88: pooled 0.712),
    # so 88's floor is pinned 0.01 under that; eighteenth session 0.722 and 0.645 (blind 82-89
    # pooled 0.712 -> 0.720, tp 364 -> 368, fp 117 -> 114), after its second round 0.729 and
    # 0.650 (pooled 0.722, tp 367, fp 108); nineteenth session (wave 19 and the refit) 0.729
    # and 0.656 (pooled 0.722, tp 369, fp 112: flat)
    "web88.json": (0.71, 0.77),
    "web89.json": (0.64, 0.82),
}


# The dates and places of the events found (bench/event_attributes.py), pooled over the opened
# sets 63-81 (671 dated and 222 placed gold events among those found). Measured in the
# fourteenth session before and after sukien.events.dating / placing (same events, F1 unchanged):
#   date recall 0.522 -> 0.778, precision 0.876 -> 0.842; place recall 0.306 -> 0.437, precision
#   0.818 -> 0.711 (0.879 -> 0.846 counting a state given for a city in it as right). Fifteenth
#   session, places from a sentence stating an act of the event's type (a state giving way to a
#   place inside it): place recall 0.437 -> 0.595, precision 0.711 -> 0.758 (0.846 -> 0.828
#   counting a state for a city in it).
ATTRIBUTE_SETS = tuple(f"web{n}.json" for n in range(63, 82))
ATTRIBUTE_FLOORS = {
    # attribute: (recall, precision, precision counting a state for a place in it)
    "date": (0.76, 0.82, None),
    "place": (0.58, 0.74, 0.82),
}


@cache
def _figures(gold: str) -> dict:
    """bench/eval_heldout.py's figures for one gold (run once per test session)."""
    if not (SHARED / "tools" / "score_extract.py").is_file() or not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (corpus and scorer) is absent")
    paths = [
        d["path"] for d in json.loads((ROOT / "bench" / "heldout" / gold).read_text())["documents"]
    ]
    if not all((SHARED / p).is_file() for p in paths):
        pytest.skip(f"{gold}: the article texts are absent (they are kept outside the repository)")
    sukien = Path(sys.executable).parent / "sukien"
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "eval_heldout.py"),
            "--gold",
            str(ROOT / "bench" / "heldout" / gold),
            "--sukien",
            str(sukien),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_heldout_floor(gold: str) -> None:
    figures = _figures(gold)
    event_floor, entity_floor = FLOORS[gold]
    assert figures["predicted_documents"] == figures["documents"]
    assert figures["event_f1"] >= event_floor, figures
    assert figures["entity_f1"] >= entity_floor, figures


@pytest.mark.parametrize("attr", sorted(ATTRIBUTE_FLOORS))
def test_event_attribute_floor(attr: str) -> None:
    total = {"gold": 0, "found": 0, "predicted": 0, "right": 0, "within": 0}
    for gold in ATTRIBUTE_SETS:
        n = _figures(gold)[f"event_{attr}"]
        for k in total:
            total[k] += n.get(k, 0)
    recall_floor, precision_floor, within_floor = ATTRIBUTE_FLOORS[attr]
    assert total["found"] / total["gold"] >= recall_floor, total
    assert total["right"] / total["predicted"] >= precision_floor, total
    if within_floor is not None:
        assert total["within"] / total["predicted"] >= within_floor, total
