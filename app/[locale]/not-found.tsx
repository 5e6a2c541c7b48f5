import { StatusPage } from "@/components/ui/status-page";

export default function NotFound() {
  return <StatusPage code={404} titleKey="errors.not_found_title" textKey="errors.not_found_text" />;
}
