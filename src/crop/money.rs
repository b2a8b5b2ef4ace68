//! Money as CROP and the RALO discretionary funds count it: integer cents with an ISO 4217
//! currency, never floats; amounts read from what people type ("1,250.50" or "1250,50"
//! both mean the same), and a trip's cost estimate held to CROP's caps (hotel for at most
//! 3 nights, per diem for at most 4 days, visa fees up to US$200).

use std::fmt;

/// The currencies a form offers: the US dollar ICANN budgets in, and the region's own.
pub const CURRENCIES: &[&str] = &[
    "USD", "ARS", "BBD", "BOB", "BRL", "BSD", "BZD", "CLP", "COP", "CRC", "CUP", "DOP", "EUR",
    "GTQ", "GYD", "HNL", "HTG", "JMD", "MXN", "NIO", "PAB", "PEN", "PYG", "SRD", "TTD", "UYU",
    "VES", "XCD",
];

/// The largest amount a form accepts: ten million, in cents.
pub const MAX_CENTS: i64 = 1_000_000_000;

/// CROP pays a hotel for at most this many nights (four days).
pub const HOTEL_NIGHTS_MAX: i64 = 3;
/// … and a per diem for at most this many days.
pub const PER_DIEM_DAYS_MAX: i64 = 4;
/// … and visa fees up to US$200.
pub const VISA_MAX_CENTS: i64 = 200 * 100;

/// An ISO 4217 code from `CURRENCIES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Currency(&'static str);

impl Currency {
    pub const USD: Currency = Currency("USD");

    pub fn parse(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_uppercase();
        CURRENCIES.iter().find(|c| **c == code).map(|c| Currency(c))
    }

    pub fn code(self) -> &'static str {
        self.0
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::USD
    }
}

/// An amount: whole cents of a currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Money {
    pub cents: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(cents: i64, currency: Currency) -> Self {
        Self { cents, currency }
    }

    pub fn usd(cents: i64) -> Self {
        Self::new(cents, Currency::USD)
    }
}

impl fmt::Display for Money {
    /// "USD 1,250.50": the code, then the amount with thousands grouped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.currency.code(), amount_text(self.cents))
    }
}

/// Cents as "1,250.50" (negative with a leading minus).
pub fn amount_text(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let whole = (abs / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{sign}{grouped}.{:02}", abs % 100)
}

/// Why an amount as typed is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    NotANumber,
    Negative,
    /// More than two decimals: cents are the smallest unit.
    TooPrecise,
    TooLarge,
}

impl AmountError {
    pub fn message_key(self) -> &'static str {
        match self {
            AmountError::NotANumber => "money-err-number",
            AmountError::Negative => "money-err-negative",
            AmountError::TooPrecise => "money-err-cents",
            AmountError::TooLarge => "money-err-too-large",
        }
    }
}

/// Reads an amount as people in the region type it, into cents: "1250", "1250.5",
/// "1,250.50", "1.250,50", "1250,50". The last `.` or `,` followed by one or two digits
/// is the decimal mark; other separators group thousands. Spaces are ignored.
pub fn parse_amount(text: &str) -> Result<i64, AmountError> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return Err(AmountError::NotANumber);
    }
    if t.starts_with('-') {
        return Err(AmountError::Negative);
    }
    if !t
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(AmountError::NotANumber);
    }
    let (whole, fraction) = match t.rfind(['.', ',']) {
        Some(i) => {
            let after = &t[i + 1..];
            if after.is_empty() {
                return Err(AmountError::NotANumber);
            }
            let separators = t.matches(['.', ',']).count();
            let same_kind_again = t[..i].contains(&t[i..=i]);
            // "1,250" and "1.250.000" group thousands; "12,5" and "1.250,50" end in cents.
            if after.len() == 3 && (separators == 1 || same_kind_again) {
                (t.as_str(), "")
            } else if after.len() > 2 && !same_kind_again {
                return Err(AmountError::TooPrecise);
            } else {
                (&t[..i], after)
            }
        }
        None => (t.as_str(), ""),
    };
    // Grouped thousands are groups of three after the first: "1.2.3" is not a number.
    let groups: Vec<&str> = whole.split(['.', ',']).collect();
    if groups.len() > 1
        && (!(1..=3).contains(&groups[0].len()) || groups[1..].iter().any(|g| g.len() != 3))
    {
        return Err(AmountError::NotANumber);
    }
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() && fraction.is_empty() {
        return Err(AmountError::NotANumber);
    }
    if fraction.contains(['.', ',']) {
        return Err(AmountError::NotANumber);
    }
    let units: i64 = if digits.is_empty() {
        0
    } else {
        digits.parse().map_err(|_| AmountError::TooLarge)?
    };
    let cents = match fraction.len() {
        0 => 0,
        1 => {
            fraction
                .parse::<i64>()
                .map_err(|_| AmountError::NotANumber)?
                * 10
        }
        _ => fraction
            .parse::<i64>()
            .map_err(|_| AmountError::NotANumber)?,
    };
    let total = units
        .checked_mul(100)
        .and_then(|u| u.checked_add(cents))
        .ok_or(AmountError::TooLarge)?;
    if total > MAX_CENTS {
        return Err(AmountError::TooLarge);
    }
    Ok(total)
}

/// A trip's costs as estimated before it (or entered after it), in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct TripCosts {
    pub airfare: i64,
    pub hotel_nights: i64,
    pub hotel_per_night: i64,
    pub per_diem_days: i64,
    pub visa: i64,
}

/// Which cap an estimate goes over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapExceeded {
    HotelNights,
    PerDiemDays,
    Visa,
}

impl CapExceeded {
    pub fn message_key(self) -> &'static str {
        match self {
            CapExceeded::HotelNights => "money-err-hotel-nights",
            CapExceeded::PerDiemDays => "money-err-per-diem-days",
            CapExceeded::Visa => "money-err-visa",
        }
    }

    /// The form field it belongs to.
    pub fn field(self) -> &'static str {
        match self {
            CapExceeded::HotelNights => "hotel_nights",
            CapExceeded::PerDiemDays => "per_diem_days",
            CapExceeded::Visa => "visa",
        }
    }
}

impl TripCosts {
    /// Every cap the estimate goes over (all at once, so the form shows them together).
    /// The visa cap is in US dollars; a visa paid in another currency is checked when its
    /// actual cost is entered in dollars.
    pub fn over_caps(&self, currency: Currency) -> Vec<CapExceeded> {
        let mut out = Vec::new();
        if self.hotel_nights > HOTEL_NIGHTS_MAX {
            out.push(CapExceeded::HotelNights);
        }
        if self.per_diem_days > PER_DIEM_DAYS_MAX {
            out.push(CapExceeded::PerDiemDays);
        }
        if currency == Currency::USD && self.visa > VISA_MAX_CENTS {
            out.push(CapExceeded::Visa);
        }
        out
    }

    /// The total, with the per diem at the fiscal year's `per_diem_rate` (cents a day);
    /// `None` if it overflows (no real trip does).
    pub fn total(&self, per_diem_rate: i64) -> Option<i64> {
        let hotel = self.hotel_nights.checked_mul(self.hotel_per_night)?;
        let per_diem = self.per_diem_days.checked_mul(per_diem_rate)?;
        self.airfare
            .checked_add(hotel)?
            .checked_add(per_diem)?
            .checked_add(self.visa)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_people_type_them_into_whole_cents() {
        use AmountError::*;
        for (text, expected) in [
            ("1250", Ok(125_000)),
            ("1250.5", Ok(125_050)),
            ("1250.50", Ok(125_050)),
            ("1,250.50", Ok(125_050)),
            ("1.250,50", Ok(125_050)),
            ("1250,50", Ok(125_050)),
            ("1,250", Ok(125_000)),
            ("1.250", Ok(125_000)),
            ("1.250.000", Ok(125_000_000)),
            ("1,250,000.75", Ok(125_000_075)),
            (" 200 ", Ok(20_000)),
            ("0.01", Ok(1)),
            (",50", Ok(50)),
            ("0", Ok(0)),
            ("10000000", Ok(MAX_CENTS)),
            ("10000000.01", Err(TooLarge)),
            ("99999999999999999999", Err(TooLarge)),
            ("12.345", Ok(1_234_500)),
            ("1,250.505", Err(TooPrecise)),
            ("-5", Err(Negative)),
            ("", Err(NotANumber)),
            ("US$ 5", Err(NotANumber)),
            ("1e3", Err(NotANumber)),
            (".", Err(NotANumber)),
            ("1.2.3", Err(NotANumber)),
            ("12,34,567.00", Err(NotANumber)),
            ("1250,", Err(NotANumber)),
        ] {
            assert_eq!(parse_amount(text), expected, "{text:?}");
        }
    }

    #[test]
    fn amounts_are_written_with_their_code_cents_and_grouped_thousands() {
        for (cents, text) in [
            (0, "USD 0.00"),
            (5, "USD 0.05"),
            (99_999, "USD 999.99"),
            (100_000, "USD 1,000.00"),
            (125_000_075, "USD 1,250,000.75"),
        ] {
            assert_eq!(Money::usd(cents).to_string(), text);
        }
        assert_eq!(amount_text(-150), "-1.50");
        assert_eq!(Currency::parse(" brl "), Some(Currency("BRL")));
        assert_eq!(Currency::parse("XXX"), None);
    }

    #[test]
    fn a_trip_estimate_keeps_to_the_hotel_per_diem_and_visa_caps() {
        use CapExceeded::*;
        let base = TripCosts {
            airfare: 650 * 100,
            hotel_nights: 3,
            hotel_per_night: 120 * 100,
            per_diem_days: 4,
            visa: 200 * 100,
        };
        for (costs, currency, expected) in [
            (base, Currency::USD, vec![]),
            (
                TripCosts {
                    hotel_nights: 4,
                    ..base
                },
                Currency::USD,
                vec![HotelNights],
            ),
            (
                TripCosts {
                    per_diem_days: 5,
                    ..base
                },
                Currency::USD,
                vec![PerDiemDays],
            ),
            (
                TripCosts {
                    visa: 200 * 100 + 1,
                    ..base
                },
                Currency::USD,
                vec![Visa],
            ),
            (
                TripCosts {
                    hotel_nights: 5,
                    per_diem_days: 6,
                    visa: 300 * 100,
                    ..base
                },
                Currency::USD,
                vec![HotelNights, PerDiemDays, Visa],
            ),
            // The visa cap is in dollars; other currencies are checked on the actual cost.
            (
                TripCosts {
                    visa: 900 * 100,
                    ..base
                },
                Currency::parse("BRL").unwrap(),
                vec![],
            ),
        ] {
            assert_eq!(costs.over_caps(currency), expected, "{costs:?}");
        }
        // 650 + 3 × 120 + 4 × 65 + 200 = 1,470 dollars.
        assert_eq!(base.total(65 * 100), Some(1_470 * 100));
        assert_eq!(
            TripCosts {
                hotel_nights: i64::MAX,
                ..base
            }
            .total(1),
            None
        );
    }
}
