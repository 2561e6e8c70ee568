package io.partitionkit.core.catalog;

/** Reading the catalog failed (a broken connection, missing privileges, an unexpected definition). */
public class CatalogException extends RuntimeException {

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
