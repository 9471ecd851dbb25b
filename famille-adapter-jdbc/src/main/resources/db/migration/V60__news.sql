-- News items of the public space.
CREATE TABLE news (
    id           UUID PRIMARY KEY,
    title        VARCHAR(200) NOT NULL,
    body         TEXT NOT NULL,
    published_on DATE NOT NULL
);
CREATE INDEX news_published_on ON news (published_on);
