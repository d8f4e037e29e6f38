extension SamenOp {
    /// The version of samenop, kept in this one place: `samenop --version` prints it, and
    /// `scripts/package-deb` reads it from the built binary to name and stamp the Debian
    /// package (`samenop_VERSION_ARCH.deb`). Raise it for every package handed to trainers.
    public static let version = "0.9.0"
}
