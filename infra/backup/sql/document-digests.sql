-- Every stored file (generated documents and signed scans) as `table<TAB>id<TAB>recorded sha256<TAB>sha256
-- of the stored bytes` ('-' when the bytes live in the storage folder instead of the database).
select 'documents' as source, id::text, sha256, coalesce(encode(sha256(bytes), 'hex'), '-') as actual
from documents
union all
select 'signed_scans', id::text, sha256, coalesce(encode(sha256(bytes), 'hex'), '-')
from signed_scans
order by 1, 2;
