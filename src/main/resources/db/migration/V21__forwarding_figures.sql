-- Routing (issue 15), effectiveness: the figures read the packages of one region by the time of
-- forwarding, or every region's by time (the national figures).
create index forwarding_package_by_region_time on forwarding_package (region, forwarded_at);
create index forwarding_package_by_time on forwarding_package (forwarded_at);
