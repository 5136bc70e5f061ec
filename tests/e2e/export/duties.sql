-- Which duties fall due in 2026-07-01 .. 2026-09-30, per party (all agreements together)?
-- Worked out by hand from the clauses:
-- - dvo_beek 17.2, 17.3, 17.4 (beek and sittard_geleen): `recurs monthly due in advance`, due
--   on the first day of each month: 07-01, 08-01, 09-01 (3 x 3 = 9 for each of the two).
--   12.3 (sittard_geleen): quarterly, due at the end of month 2 after the quarter: Q2 ->
--   2026-08-31 (Q1 -> 2026-05-31 is before the window). So beek 9, sittard_geleen 10.
-- - calidus "1, alinea 2" and 8.1 (all parties): quarterly, due the quarter's last day,
--   2026-09-30: calidus 2, werksaam 2.
-- - heliomare 6.1 (all parties): quarterly, 2026-09-30 (its deadline 6 months before each
--   term end falls on 2026-02-18 and 2027-02-18); 6.2 (heliomare): yearly per agreement year,
--   due the last day of the year [2025-08-18, 2026-08-18): 2026-08-17. heliomare 2, werksaam 1.
-- So werksaam 3 (one of heliomare, two of calidus). Notice days are not duties (notice.sql).
SELECT party, count(*) AS due, group_concat(date || ' ' || agreement || ' ' || clause, '; ') AS items
FROM (SELECT g.party, g.date, a.id AS agreement, g.clause FROM agenda g JOIN agreements a USING (file)
      WHERE g.kind <> 'notice' AND g.date BETWEEN '2026-07-01' AND '2026-09-30'
      ORDER BY g.party, g.date, a.id, g.clause)
GROUP BY party ORDER BY party;
