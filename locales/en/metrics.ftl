# At-Large's ALS metrics and the monthly calls' roll calls (issue 16)
roll-call = Roll call
roll-call-present = { $count ->
    [one] 1 ALS present
   *[other] { $count } ALSs present
}
roll-call-hint = Tick every ALS present at this call. The metrics count it as a meeting of each one ticked.
roll-call-legend = ALSs present
flash-roll-call = { $count ->
    [one] The roll call is saved: 1 ALS present.
   *[other] The roll call is saved: { $count } ALSs present.
}
metrics-title = At-Large's activity metrics
metrics-suggested = Suggested status:
metrics-suggested-col = Suggested by the metrics
metrics-differs = (not the current status: leadership decide)
metrics-participation = Participation
metrics-participation-evidence = { $meetings ->
    [one] 1 call attended
   *[other] { $meetings } calls attended
} in { $months ->
    [one] 1 month
   *[other] { $months } months
}; { $contributions ->
    [one] 1 policy comment
   *[other] { $contributions } policy comments
} in { $cmonths ->
    [one] 1 month
   *[other] { $cmonths } months
}
metrics-voting = Voting
metrics-voting-evidence = { $polls ->
    [0] no poll held while it had a vote
    [one] voted in { $votes } of the last poll
   *[other] voted in { $votes } of the last { $polls } polls
}
metrics-local = Local activity
metrics-local-evidence = { $reports ->
    [one] 1 local activity report
   *[other] { $reports } local activity reports
} in { $months ->
    [one] 1 month
   *[other] { $months } months
}
metrics-rules = All three criteria met: Active; one or two: Less active; none: Standby. Leadership set the thresholds (the LACRALO metrics document's draft until changed). Standby ALSs lose their vote and do not count for quorum.
quorum-title = Quorum of LACRALO meetings
quorum-lead = The ALSs that vote on { $date }, per sub-region and overall, and the quorum they make.
quorum-as-of = As of
quorum-overall = All of LACRALO
quorum-voting = ALSs that vote
quorum-standby = On standby (no vote)
quorum-quorum = Quorum (50% + 1)
quorum-rules = Each ALS is counted with its status on that day, from its status history. Active and less active ALSs vote; standby ALSs lose their vote and do not count for quorum. The same majority is shown for the General Assembly and for virtual meetings.
metrics-settings-title = ALS metrics: thresholds and polls
metrics-settings-lead = The thresholds the suggested statuses are computed with, and the polls whose votes they count. Roll calls are taken on each call's page; local activity reports are recorded on each ALS's page.
metrics-thresholds = Thresholds
metrics-thresholds-draft = These are the LACRALO metrics document's draft thresholds: 2 calls in 3 months or 3 policy comments in 6 months; a vote in 2 of the last 4 polls; 2 local activity reports in 6 months.
metrics-meetings = Calls attended
metrics-within-months = within (months)
metrics-or = or
metrics-contributions = Policy comments
metrics-votes = Votes
metrics-last-polls = in the last (polls)
metrics-local-reports = Local activity reports
metrics-err-number = Enter a whole number from { $min } to { $max }.
metrics-err-votes-over-polls = The votes asked for cannot be more than the polls counted.
metrics-err-stale = Someone saved the thresholds since you opened this page. What you typed is kept; save again to replace theirs.
metrics-polls = Polls
metrics-polls-hint = Each LACRALO poll or vote, with the ALSs that voted in it. The voting criterion counts the last polls held.
metrics-polls-none = No poll recorded yet: until one is, the voting criterion counts as met.
metrics-poll-new = Record a poll
metrics-poll-title = What was voted
metrics-poll-title-hint = For example “Election of the LACRALO Chair 2027”.
metrics-poll-day = Day of the vote
metrics-poll-voted = ALSs that voted
metrics-poll-voters = { $count ->
    [0] no ALS voted
    [one] 1 ALS voted
   *[other] { $count } ALSs voted
}
metrics-err-poll-future = A poll is recorded once it has been held: this day has not come yet.
metrics-err-poll-stale = Someone saved this poll since you opened the page. Your ticks are kept; save again to replace theirs.
flash-thresholds-saved = The thresholds are saved; the suggested statuses use them now.
flash-poll-saved = { $count ->
    [one] The poll is saved: 1 ALS voted.
   *[other] The poll is saved: { $count } ALSs voted.
}
metrics-settings-link = Thresholds and polls
roll-call-stale = Someone saved this roll call since you opened the page. Your ticks are kept below; save again to replace theirs.
metrics-err-poll-no-voters = Tick the ALSs that voted: a poll in which no ALS voted is not recorded.
metrics-poll-delete = Delete this poll
metrics-poll-delete-hint = For a poll recorded by mistake: it stops counting for every ALS.
flash-poll-deleted = The poll is deleted.
metrics-hint-count = From 1 to 50.
metrics-hint-months = From 1 to 24 months.
metrics-hint-votes = From 1 to 20, no more than the polls.
metrics-hint-polls = From 1 to 20.
