import { apiLocale, jsonError } from "@/lib/api/json-error";

// Any other /api/v1 path – a JSON 404 rather than the HTML not-found page.
function notFound(request: Request): Response {
  return jsonError("NOT_FOUND", apiLocale(request));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
