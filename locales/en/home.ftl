# The plan at a glance.

home-fig-undated = { $count ->
    [one] event this year without a confirmed day
   *[other] events this year without a confirmed day
}
home-fig-review = { $count ->
    [one] event flagged for review
   *[other] events flagged for review
}
home-fig-active-als = { $count ->
    [one] active ALS
   *[other] active ALSs
}
home-fig-members = { $count ->
    [one] active member
   *[other] active members
}
home-fig-silent = { $count ->
    [one] ALS in the review queue
   *[other] ALSs in the review queue
}
home-fig-places = { $count ->
    [one] place with no active ALS
   *[other] places with no active ALS
}
home-fig-crop = CROP trips approved in FY{ $year }
home-fig-overdue = { $count ->
    [one] trip report overdue
   *[other] trip reports overdue
}
home-fig-crop-open = { $count ->
    [one] CROP opportunity open
   *[other] CROP opportunities open
}
home-events-heading = Events by month
home-chart-events = Events of { $year } by month and relevance
home-chart-events-summary = { $count } events in { $year } with a known month, stacked by the plan's relevance classes.
home-see-events = All the year's events
home-webinars-heading = Webinars against their targets
home-coverage-heading = Coverage
home-chart-coverage = Places with and without an active ALS, by sub-region
home-chart-coverage-summary = { $count ->
    [one] One place in the region has no active ALS.
   *[other] { $count } places in the region have no active ALS.
}
home-with-als = with an active ALS
home-without-als = without an active ALS
home-places-heading = Places with no active ALS, and the outreach done there
home-place-events = { $count ->
    [0] no event
    [one] 1 event
   *[other] { $count } events
}
home-place-engagements = { $count ->
    [0] no engagement
    [one] 1 engagement
   *[other] { $count } engagements
}
home-dnssec-heading = DNSSEC training pipeline
home-see-dnssec = The pipeline
home-chart-numbers = The numbers
for-you-heading = For you
for-you-nothing = Nothing waits for you right now.
for-you-crop = CROP opportunities you can apply to
for-you-deadline = Deadline: { $deadline }
for-you-applications = Your CROP applications
for-you-reports = Trip reports you owe
for-you-webinars = Webinars you follow
