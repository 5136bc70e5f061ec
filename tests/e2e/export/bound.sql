-- Who is bound on 2026-07-01, and until when (the standing's interval: the same answer over
-- [from_date, until_date)); export window 2026-01-01 .. 2027-12-31. Worked out by hand:
-- - calidus: periods of a year from 2025-04-01, renewed tacitly (no evaluation recorded): on
--   2026-07-01 in period [2026-04-01, 2027-04-01); the answer changes with the period, so the
--   interval ends 2027-04-01. Both parties (calidus, werksaam) hold duties: yes.
-- - dvo_beek: in force from 2020-01-01 for an indefinite period, no term periods, nothing
--   recorded: yes for beek and sittard_geleen over the whole window, until the day after
--   --to: 2028-01-01.
-- - heliomare: yearly periods from 2021-08-18: [2025-08-18, 2026-08-18) holds 2026-07-01; the
--   window starts 2026-01-01, so the interval is [2026-01-01, 2026-08-18). Both parties: yes.
SELECT a.id AS agreement, p.name AS party, s.from_date, s.until_date, s.basis
FROM standings s JOIN agreements a USING (file) JOIN parties p USING (file, party)
WHERE s.verdict = 'yes' AND s.from_date <= '2026-07-01' AND (s.until_date IS NULL OR s.until_date > '2026-07-01')
ORDER BY a.id, p.name;
-- And by what is WerkSaam bound that day: the articles holding a duty, prohibition or effort
-- for it (each party, all parties, or werksaam by name).
-- - calidus: every such clause is held by each or all parties: articles 1, 4, 5, 6, 7, 8, 9,
--   10, 11, 12, 13, 15 (2, 3 and 14 hold only provisions and powers).
-- - heliomare: 2 (2.1), 3 (3.6 prohibition), 5, 6 (6.1 all parties), 7 (7.1 werksaam), 8, 10,
--   11, 12, 17 (17.1), 18 (18.3 effort); not 1, 4, 9, 13 to 16 (provisions and powers only).
SELECT a.id AS agreement, s.articles
FROM standings s JOIN agreements a USING (file)
WHERE s.party = 'werksaam' AND s.from_date <= '2026-07-01' AND (s.until_date IS NULL OR s.until_date > '2026-07-01')
ORDER BY a.id;
