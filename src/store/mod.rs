//! Files the app owns: settings, profiles and plans, written atomically, read leniently,
//! corrupt files kept aside.
