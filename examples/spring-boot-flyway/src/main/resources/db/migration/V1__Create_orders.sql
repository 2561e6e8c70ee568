-- The orders table as the application's first release made it.
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    placed_at timestamptz NOT NULL DEFAULT now(),
    customer text NOT NULL,
    total numeric(12, 2) NOT NULL
);
