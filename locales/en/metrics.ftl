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
metrics-participation-evidence = { $meetings } calls attended in { $months } months; { $contributions } policy comments in { $cmonths } months
metrics-voting = Voting
metrics-voting-evidence = voted in { $votes } of the last { $polls } polls
metrics-local = Local activity
metrics-local-evidence = { $reports } local activity reports in { $months } months
metrics-rules = The LACRALO metrics document's draft thresholds: 2 calls in 3 months or 3 policy comments in 6 months; a vote in 2 of the last 4 polls; 2 local activity reports in 6 months. All three met: Active; one or two: Less active; none: Standby. Standby ALSs lose their vote and do not count for quorum.
quorum-title = Quorum of LACRALO meetings
quorum-lead = The ALSs that vote on { $date }, per sub-region and overall, and the quorum they make.
quorum-as-of = As of
quorum-overall = All of LACRALO
quorum-voting = ALSs that vote
quorum-standby = On standby (no vote)
quorum-quorum = Quorum (50% + 1)
quorum-rules = Each ALS is counted with its status on that day, from its status history. Active and less active ALSs vote; standby ALSs lose their vote and do not count for quorum. The same majority is shown for the General Assembly and for virtual meetings.
