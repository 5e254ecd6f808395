-- Limits on what one client (and everyone together) may do per period, kept as Bucket4j token
-- buckets so that every instance counts the same: a key names the limit and a keyed hash of the
-- client's network (never the address itself), the state is Bucket4j's, and a row may be removed
-- once it expires (the bucket is full again, so it says nothing).

create table rate_limit_bucket (
    id          varchar(120) primary key,
    state       bytea,
    expires_at  bigint
);

create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);

grant select, insert, update, delete on rate_limit_bucket to "${app_role}";
