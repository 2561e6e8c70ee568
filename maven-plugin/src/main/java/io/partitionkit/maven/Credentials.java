package io.partitionkit.maven;

/**
 * Who the plugin connects as.
 *
 * @param username null lets the driver choose (the operating system user)
 * @param password null when none was given (the driver may still find one in ~/.pgpass)
 * @param source   where the password came from, for the log; never the password itself
 */
record Credentials(String username, String password, String source) {

    /** The user name for messages. */
    String who() {
        return username == null ? "the driver's default user" : username;
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password " + source + "]";
    }
}
