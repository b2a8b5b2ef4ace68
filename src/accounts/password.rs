//! Passwords: argon2id hashes in PHC format, and the rules a new password must meet.

use argon2::password_hash::phc::PasswordHash;
use argon2::{Argon2, PasswordHasher, PasswordVerifier};

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 128;

/// Why a new password is refused (the key of the message to show).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    TooShort,
    TooLong,
    /// In the lists of common passwords, or guessable from them (zxcvbn score below 3).
    Common,
    /// Made from the person's own email or name.
    Personal,
}

impl Weakness {
    pub fn message_key(self) -> &'static str {
        match self {
            Weakness::TooShort => "password-err-short",
            Weakness::TooLong => "password-err-long",
            Weakness::Common => "password-err-common",
            Weakness::Personal => "password-err-personal",
        }
    }
}

/// Checks a new password: length in characters (ASVS: at least 12, at most 128, any
/// characters), then zxcvbn, whose dictionaries hold the most common passwords.
pub fn check(password: &str, personal: &[&str]) -> Result<(), Weakness> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(Weakness::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(Weakness::TooLong);
    }
    let lower = password.to_lowercase();
    if personal
        .iter()
        .map(|p| p.trim().to_lowercase())
        .filter(|p| p.chars().count() >= 4)
        .any(|p| lower.contains(&p) || p.contains(&lower))
    {
        return Err(Weakness::Personal);
    }
    if is_famous(password) {
        return Err(Weakness::Common);
    }
    let estimate = zxcvbn::zxcvbn(password, personal);
    if (estimate.score() as u8) < 3 {
        return Err(Weakness::Common);
    }
    Ok(())
}

/// Passphrases long enough to pass zxcvbn's score that every cracking list has anyway,
/// because they are famous: comics, pangrams, song lines, the examples of password advice.
/// Compared on letters and digits only, in lower case, so spacing and punctuation do not
/// help, nor do a few digits added at the end. Words of our own domain join them.
const FAMOUS: &[&str] = &[
    "correcthorsebatterystaple",
    "thequickbrownfoxjumpsoverthelazydog",
    "thequickbrownfoxjumpedoverthelazydog",
    "loremipsumdolorsitamet",
    "iamthewalrusgoogoogjoob",
    "maytheforcebewithyou",
    "tobeornottobethatisthequestion",
    "thisisaverylongpassword",
    "thisismypassword",
    "ilovemyfamilyforever",
    "letmeinletmeinletmein",
    "passwordpasswordpassword",
    "trustnoonetrustnoone",
    "nevergonnagiveyouup",
    "supercalifragilisticexpialidocious",
    "elveloznuevoauto",
    "elvelozmurcielagohinducomiafelizcardilloykiwi",
    "lacraloicannatlarge",
    "icannlacraloatlarge",
];

fn is_famous(password: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    // Without accents too: "murciélago" is "murcielago".
    let letters: String = password
        .nfd()
        .filter(|&c| c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c))
        .flat_map(char::to_lowercase)
        .collect();
    FAMOUS
        .iter()
        .any(|f| letters == *f || (letters.starts_with(f) && letters.len() - f.len() <= 4))
}

/// An argon2id hash with a fresh salt, in PHC string format.
pub fn hash(password: &str) -> anyhow::Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash a password: {e}"))
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// The server is hashing as many passwords as it can; the caller answers 503 with
/// `Retry-After: RETRY_AFTER_SECONDS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

pub const RETRY_AFTER_SECONDS: u64 = 5;

/// How many argon2 computations run at once, and how many may wait for one.
///
/// Each takes 19 MiB and tens of milliseconds of one core, and no login is needed to start
/// one: unbounded, a few hundred simultaneous logins take the memory to gigabytes (measured
/// at 1.5 GB for 400). Bounded to the cores, memory stays at a few tens of megabytes; a
/// short queue absorbs ordinary bursts; beyond it, or after `MAX_WAIT`, the answer is 503.
struct HashGate {
    /// As many as the hashing threads.
    threads: usize,
    permits: tokio::sync::Semaphore,
    waiting: std::sync::atomic::AtomicUsize,
    max_waiting: usize,
}

const MAX_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

fn gate() -> &'static HashGate {
    static GATE: std::sync::OnceLock<HashGate> = std::sync::OnceLock::new();
    GATE.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        HashGate {
            threads: cores,
            permits: tokio::sync::Semaphore::new(cores),
            waiting: std::sync::atomic::AtomicUsize::new(0),
            max_waiting: 16 * cores,
        }
    })
}

/// Whether the gate's queue is full: a check to make before any other work for a request
/// that will need a hash (a login), so that a storm's surplus costs nothing more. The gate
/// itself decides; this may be a moment out of date.
pub fn saturated() -> Result<(), Busy> {
    let gate = gate();
    if gate.permits.available_permits() == 0
        && gate.waiting.load(std::sync::atomic::Ordering::SeqCst) >= gate.max_waiting
    {
        Err(Busy)
    } else {
        Ok(())
    }
}

/// Runs `work` on one of the hashing threads once the gate lets it in.
///
/// Cancellation-safe: a client that goes away while its request waits drops this future,
/// and the `Waiting` guard still counts it out; one that goes away while its hash runs
/// leaves the permit with the job, which gives it back only when the hash is done, so
/// abandoned requests can neither leak the queue's count nor start more hashes than there
/// are threads.
async fn gated<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, Busy> {
    let gate = gate();
    let permit = match gate.permits.try_acquire() {
        Ok(permit) => permit,
        Err(_) => {
            let _waiting = Waiting::enter(gate)?;
            match tokio::time::timeout(MAX_WAIT, gate.permits.acquire()).await {
                Ok(Ok(permit)) => permit,
                _ => return Err(Busy),
            }
        }
    };
    let (done, result) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _permit = permit;
        // Nobody waits for it any more: the hash is not worth computing.
        if !done.is_closed() {
            let _ = done.send(work());
        }
    });
    let sent = hashing_threads()
        .lock()
        .map(|jobs| jobs.send(job).is_ok())
        .unwrap_or(false);
    if !sent {
        return Err(Busy);
    }
    result.await.map_err(|_| Busy)
}

/// One request counted in the gate's queue for as long as this lives.
struct Waiting(&'static HashGate);

impl Waiting {
    fn enter(gate: &'static HashGate) -> Result<Self, Busy> {
        use std::sync::atomic::Ordering;
        if gate.waiting.fetch_add(1, Ordering::SeqCst) >= gate.max_waiting {
            gate.waiting.fetch_sub(1, Ordering::SeqCst);
            return Err(Busy);
        }
        Ok(Waiting(gate))
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        self.0
            .waiting
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

type Job = Box<dyn FnOnce() + Send>;

/// The threads argon2 runs on: as many as the gate's permits, so a job never waits in the
/// channel, and at a lower scheduling priority (nice 10) than the threads that serve pages.
/// On a machine whose every core is hashing, pages still get the CPU first: a storm of
/// logins slows logins, not the site.
fn hashing_threads() -> &'static std::sync::Mutex<std::sync::mpsc::Sender<Job>> {
    static JOBS: std::sync::OnceLock<std::sync::Mutex<std::sync::mpsc::Sender<Job>>> =
        std::sync::OnceLock::new();
    JOBS.get_or_init(|| {
        let (sender, receiver) = std::sync::mpsc::channel::<Job>();
        let receiver = std::sync::Arc::new(std::sync::Mutex::new(receiver));
        for i in 0..gate().threads {
            let receiver = receiver.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{i}"))
                .spawn(move || {
                    lower_priority();
                    loop {
                        let job = match receiver.lock() {
                            Ok(jobs) => jobs.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a hashing thread");
            }
        }
        std::sync::Mutex::new(sender)
    })
}

/// Nice 10 for the calling thread (on Linux, `setpriority` with 0 names the calling thread,
/// not the whole process).
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority has no memory-safety preconditions; a failure only leaves the
    // thread at its normal priority.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// `verify` through the gate (see `HashGate`).
pub async fn verify_off_runtime(password: &str, stored: &str) -> Result<bool, Busy> {
    let (password, stored) = (password.to_owned(), stored.to_owned());
    gated(move || verify(&password, &stored)).await
}

/// `hash` through the gate (see `HashGate`).
pub async fn hash_off_runtime(password: &str) -> crate::error::AppResult<String> {
    let password = password.to_owned();
    Ok(gated(move || hash(&password)).await??)
}

impl From<Busy> for crate::error::AppError {
    fn from(_: Busy) -> Self {
        crate::error::AppError::Busy(RETRY_AFTER_SECONDS)
    }
}

/// Verifying against this when no account matches keeps the answer's timing the same
/// whether the account exists or not.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash("not a real password, only for timing").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Requests abandoned while waiting (the client went away) leave the queue's count as it
    /// was, and the gate still answers.
    #[tokio::test]
    async fn abandoned_waits_leave_no_count_behind() {
        let gate = gate();
        let slow = || std::thread::sleep(std::time::Duration::from_millis(300));
        let running: Vec<_> = (0..gate.threads)
            .map(|_| tokio::spawn(gated(slow)))
            .collect();
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let waiting: Vec<_> = (0..4).map(|_| tokio::spawn(gated(|| ()))).collect();
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        assert_eq!(gate.waiting.load(std::sync::atomic::Ordering::SeqCst), 4);
        for w in &waiting {
            w.abort();
        }
        for w in waiting {
            let _ = w.await;
        }
        assert_eq!(gate.waiting.load(std::sync::atomic::Ordering::SeqCst), 0);
        for r in running {
            assert!(r.await.unwrap().is_ok());
        }
        assert_eq!(gated(|| 7).await, Ok(7));
    }

    #[test]
    fn hashes_are_argon2id_in_phc_format_and_verify() {
        let h = hash("correct horse battery staple").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m="), "{h}");
        assert!(verify("correct horse battery staple", &h));
        assert!(!verify("correct horse battery stapl", &h));
        assert_ne!(h, hash("correct horse battery staple").unwrap(), "salted");
    }

    #[test]
    fn weak_passwords_are_refused() {
        assert_eq!(check("short", &[]), Err(Weakness::TooShort));
        assert_eq!(check("password1234", &[]), Err(Weakness::Common));
        assert_eq!(check("qwertyuiop123", &[]), Err(Weakness::Common));
        assert_eq!(check("111111111111", &[]), Err(Weakness::Common));
        assert_eq!(
            check("gomez-lacralo-2024", &["ana.gomez@example.org", "Gomez"]),
            Err(Weakness::Personal)
        );
        assert_eq!(check(&"x".repeat(129), &[]), Err(Weakness::TooLong));
        assert_eq!(
            check("Tegucigalpa roadshow in May, 25 people!", &[]),
            Ok(())
        );
        assert_eq!(check("contraseña difícil de adivinar ñandú", &[]), Ok(()));
        // Famous passphrases, however they are spaced or capitalised.
        for famous in [
            "correcthorsebatterystaple",
            "correct horse battery staple",
            "Correct-Horse-Battery-Staple!",
            "correcthorsebatterystaple2024",
            "The quick brown fox jumps over the lazy dog",
            "El veloz murciélago hindú comía feliz cardillo y kiwi",
        ] {
            assert_eq!(check(famous, &[]), Err(Weakness::Common), "{famous}");
        }
    }
}
