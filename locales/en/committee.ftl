# CROP: the selection committee (reviewers, scores, first and second choices).

crop-committee-title = Selection committee
crop-committee-heading = Committee
crop-committee-lead = Where leadership want one, a committee reviews the applications, as NARALO's three-member committee does: each reviewer scores every application on four criteria and names a first and a second choice. A reviewer who is the applicant, or from the applicant's ALS, is recused from that application automatically.
crop-committee-link = { $count ->
    [one] Selection committee: 1 reviewer
   *[other] Selection committee: { $count } reviewers
}
crop-committee-set-up = Set up a selection committee
crop-committee-score-link = Score the applications
crop-committee-reviewers = Reviewers
crop-committee-reviewer = Reviewer
crop-committee-none = No reviewer yet.
crop-committee-progress = Progress
crop-committee-progress-text = { $scored } of { $count } applications scored
crop-committee-recused = Recused from
crop-committee-remove = Remove
crop-committee-ranked = choices made
crop-committee-not-ranked = no choices yet
crop-committee-applications = { $count ->
    [0] No application to review yet.
    [one] 1 application to review.
   *[other] { $count } applications to review.
}
crop-committee-assign = Add a reviewer
crop-committee-email = Reviewer's email address
crop-committee-email-hint = The address of an existing account, of any role: usually leadership or members.
crop-committee-assign-button = Add to the committee

crop-committee-scores-title = Scoring
crop-committee-scores-lead = Score every application from 0 to 5 on each criterion, then name your first and second choice. The other reviewers' scores show once yours are in for every application you are not recused from.
crop-committee-others-hidden = the other reviewers' scores show once yours are in for every application
crop-committee-recused-badge = Recused
crop-committee-scored-badge = Scored
crop-committee-recused-text = You are recused from this application: it is yours, or from your ALS. You do not score it or rank it.
crop-committee-score-hint = Each criterion: a whole number from 0 (none) to 5 (excellent).
crop-committee-score-save = Save scores
crop-committee-score-change = Change scores
crop-committee-others = Other reviewers' scores
crop-committee-others-none = No other reviewer has scored it yet.
crop-committee-total = Total
crop-committee-totals = { $sum } points from { $scored ->
    [one] 1 reviewer
   *[other] { $scored } reviewers
} · first choice of { $first } · second choice of { $second }
crop-committee-criterion-outreach-plan = Outreach plan
crop-committee-criterion-subregion = Sub-region
crop-committee-criterion-reports = Past reports filed on time
crop-committee-criterion-engagement = Engagement record
crop-committee-ranking = Your first and second choice
crop-committee-ranking-hint = Among the applications you are not recused from; the second choice may stay empty when there is only one.
crop-committee-first = First choice
crop-committee-second = Second choice
crop-committee-choose = Choose an application
crop-committee-no-second = No second choice
crop-committee-rank-save = Save choices

crop-committee-err-score-missing = Give this criterion a score.
crop-committee-err-score-whole = A score is a whole number, such as 3.
crop-committee-err-score-range = A score is a whole number from 0 to 5.
crop-committee-err-scores = Some scores were refused; nothing was saved. Correct them below.
crop-committee-err-no-first = Choose your first choice.
crop-committee-err-same-twice = The first and the second choice must be two different applications.
crop-committee-err-not-rankable = Choose among this opportunity's applications.
crop-committee-err-already = This account is already on the committee.
crop-committee-err-no-account = No account has this address. The reviewer needs an account first.
crop-committee-err-disabled = This account is disabled; it cannot review.
crop-committee-err-not-reviewer = Only the reviewers of this opportunity's selection committee score its applications.
crop-committee-err-recused = You are recused from this application (it is yours, or from your ALS): you cannot score it.
crop-committee-err-recused-rank = You are recused from that application (it is yours, or from your ALS): you cannot rank it.
crop-committee-err-stale = You saved these meanwhile, in another window; nothing was saved now. What you typed is kept: save again to replace what is stored.

flash-crop-committee-assigned = The reviewer is on the committee.
flash-crop-committee-removed = The reviewer is off the committee.
flash-crop-committee-scored = Your scores are saved.
flash-crop-committee-ranked = Your choices are saved.
