// Newsroom enhancements; every screen works without them.
