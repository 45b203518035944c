-- Exact row count of every table, as `schema.table<TAB>rows`, sorted: the same text from the source at
-- backup time and from the restored database is the check that nothing was lost.
select format('%I.%I', n.nspname, c.relname) as table_name,
       (xpath('/row/n/text()',
              query_to_xml(format('select count(*) as n from %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::bigint as row_count
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p')
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_toast%'
order by 1;
