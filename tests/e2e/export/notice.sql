-- Which notice windows close next quarter (2026-07-01 .. 2026-09-30)? Worked out by hand:
-- - heliomare, 16.2: notice one month before the end of a period. Period 5 is [2025-08-18,
--   2026-08-18) (yearly from 2021-08-18): the last day is 2026-08-18 - 1 month = 2026-07-18
--   (DESIGN.md: "the end" is the first day after the period); the other reading (the period's
--   last day, 2026-08-17, - 1 month) gives the safe day 2026-07-17. 2026-07-18 is a Saturday
--   (2026-01-01 is a Thursday; 18 July is day 199, 198 days later, 198 mod 7 = 2): no working
--   day (0). Period 6's last notice day, 2027-07-18, is a year later.
-- - calidus has no notice rule (renewal hangs on evaluations), dvo_beek no term periods.
SELECT a.id AS agreement, pe.period, pe.until_date AS period_end, pe.notice_article, pe.last_notice_day,
       pe.safe_notice_day, pe.working_day
FROM periods pe JOIN agreements a USING (file)
WHERE pe.last_notice_day BETWEEN '2026-07-01' AND '2026-09-30'
ORDER BY pe.last_notice_day;
