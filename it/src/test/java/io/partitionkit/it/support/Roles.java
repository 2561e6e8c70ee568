package io.partitionkit.it.support;

/**
 * Roles the tests act as. Roles belong to the whole server, not to a test's database, so creating
 * one that an earlier test class created already is no error.
 */
public final class Roles {

    private Roles() {
    }

    /** Roles that cannot log in, for privileges and policies to name. */
    public static void create(TestDatabase db, String... names) {
        for (String name : names) {
            db.execute("DO $$ BEGIN CREATE ROLE " + name + "; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        }
    }

    /** A role that logs in with a password, as a migrator does: neither superuser nor exempt from row-level security. */
    public static void login(TestDatabase db, String name, String password) {
        create(db, name);
        db.execute("ALTER ROLE " + name + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + password + "'");
    }
}
