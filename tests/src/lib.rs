//! The generator's output for every fixture spec under `fixtures/`, compiled: a
//! fixture whose generated client or server does not compile fails this crate's build.
//! Each fixture `name.yaml` becomes the modules `name_client` and `name_server`.

include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));
