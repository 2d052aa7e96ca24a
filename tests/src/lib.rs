//! The generator's output for every fixture spec under `fixtures/`, compiled: a
//! fixture whose generated client or server does not compile fails this crate's build.
//! Each fixture `name.yaml` becomes the modules `name_client` and `name_server`, and a
//! fixed sample of accepted fuzz mutants of the fixtures (`fuzz/mutate.rs`) becomes
//! `mutantN_client` and `mutantN_server`.

include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));
