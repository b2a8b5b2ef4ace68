//! ALS applications: the accreditation pipeline as At-Large runs it. An application is
//! received, ICANN staff do their due diligence, LACRALO leadership give the RALO's advice
//! with a reason, and ALAC votes; an accredited application becomes an ALS in the registry,
//! accredited on the vote's day. Each application may name the outreach action the
//! organisation heard of LACRALO at (`registry::sources`).

pub mod form;
pub mod model;
pub mod pages;
pub mod queries;
pub mod rules;
