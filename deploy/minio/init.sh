#!/bin/sh
# Prepares MinIO for the API, run once by the `minio-init` service of
# docker-compose.yml (image minio/mc) after MinIO is healthy:
#   - the bucket S3_BUCKET;
#   - the API's access key S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY, allowed
#     to read, write and delete the objects of that bucket and nothing else.
# Idempotent: an existing bucket is kept; the key's secret and policy are set
# again (so a changed secret in the env file takes effect on the next `up`).
#
# The administrator's credentials: MINIO_ROOT_USER / MINIO_ROOT_PASSWORD, or
# the files named by MINIO_ROOT_USER_FILE / MINIO_ROOT_PASSWORD_FILE (compose
# secrets in production). No credential is printed.
set -eu

: "${MINIO_URL:?}" "${S3_BUCKET:?}" "${S3_ACCESS_KEY_ID:?}" "${S3_SECRET_ACCESS_KEY:?}"
root_user=${MINIO_ROOT_USER:-}
root_password=${MINIO_ROOT_PASSWORD:-}
[ -n "$root_user" ] || root_user=$(cat "${MINIO_ROOT_USER_FILE:?MINIO_ROOT_USER or MINIO_ROOT_USER_FILE must be set}")
[ -n "$root_password" ] || root_password=$(cat "${MINIO_ROOT_PASSWORD_FILE:?MINIO_ROOT_PASSWORD or MINIO_ROOT_PASSWORD_FILE must be set}")

mc alias set mdf "$MINIO_URL" "$root_user" "$root_password" >/dev/null
mc mb --ignore-existing "mdf/$S3_BUCKET"

policy=$(mktemp)
cat > "$policy" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetBucketLocation", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::${S3_BUCKET}"]
    },
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
      "Resource": ["arn:aws:s3:::${S3_BUCKET}/*"]
    }
  ]
}
JSON
mc admin policy create mdf mdf-api "$policy" >/dev/null
rm -f "$policy"
mc admin user add mdf "$S3_ACCESS_KEY_ID" "$S3_SECRET_ACCESS_KEY" >/dev/null
# Attaching a policy the key already has is an error for mc: accept that one.
if ! mc admin policy attach mdf mdf-api --user "$S3_ACCESS_KEY_ID" >/dev/null 2>&1; then
  mc admin user info mdf "$S3_ACCESS_KEY_ID" | grep -q 'mdf-api' \
    || { echo "minio-init: could not give the policy mdf-api to the API's key" >&2; exit 1; }
fi
echo "minio-init: bucket $S3_BUCKET and the API's key are ready"
