import { StatusPage } from "@/components/ui/status-page";

export default function Forbidden() {
  return <StatusPage code={403} titleKey="errors.forbidden_title" textKey="errors.forbidden_text" testId="forbidden" />;
}
