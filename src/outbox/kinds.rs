//! The kinds of message the application sends, and which of them a person may turn off.

text_enum!(Kind, "notify-kind", {
    Invitation => "invitation",
    Security => "security",
    CropReceipt => "crop_receipt",
    CropDecision => "crop_decision",
    CropAnnouncement => "crop_announcement",
    CropDeadline => "crop_deadline",
    TripReport => "trip_report",
    EventChange => "event_change",
    WebinarReminder => "webinar_reminder",
    WebinarThanks => "webinar_thanks",
    AlsNudge => "als_nudge",
    AlsStatus => "als_status",
    Digest => "digest",
    FundRequest => "fund_request",
    FundReport => "fund_report",
});

impl Kind {
    /// What nobody can turn off: invitations (asked for by someone else, once), security
    /// notices about one's own account, and what happens to one's own CROP application or
    /// fund request.
    pub fn is_mandatory(self) -> bool {
        matches!(
            self,
            Kind::Invitation
                | Kind::Security
                | Kind::CropReceipt
                | Kind::CropDecision
                | Kind::FundRequest
        )
    }

    /// The kinds a person chooses on their preferences page, in the page's order; the
    /// digest is leadership's only.
    pub fn optional_for(is_leadership: bool) -> Vec<Kind> {
        Kind::ALL
            .iter()
            .copied()
            .filter(|k| !k.is_mandatory() && (is_leadership || *k != Kind::Digest))
            .collect()
    }

    /// The Fluent key of the sentence that says what the kind is about.
    pub fn help_key(self) -> String {
        format!("{}-help", self.label_key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_account_and_own_application_messages_are_mandatory() {
        let mandatory: Vec<_> = Kind::ALL.iter().filter(|k| k.is_mandatory()).collect();
        assert_eq!(
            mandatory,
            [
                &Kind::Invitation,
                &Kind::Security,
                &Kind::CropReceipt,
                &Kind::CropDecision,
                &Kind::FundRequest
            ]
        );
        assert!(Kind::optional_for(true).contains(&Kind::Digest));
        assert!(!Kind::optional_for(false).contains(&Kind::Digest));
        assert!(!Kind::optional_for(true).contains(&Kind::Security));
    }
}
