-- Event counters per key in fixed windows (sign-in failures per address, reset requests...).
CREATE TABLE rate_limits (
    bucket       VARCHAR(300) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    hits         INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
