import { describe, expect, it } from "vitest";
import { sanitizeFileName } from "./sanitize-file-name";

describe("sanitizeFileName", () => {
  it("keeps Unicode names and a matching extension as written", () => {
    expect(sanitizeFileName("图纸.pdf", "application/pdf")).toBe("图纸.pdf");
    expect(sanitizeFileName("Чертёж вала №3.DWG", "image/vnd.dwg")).toBe("Чертёж вала №3.DWG");
    expect(sanitizeFileName("photo.jpeg", "image/jpeg")).toBe("photo.jpeg");
    expect(sanitizeFileName("Счёт-фактура 12:30.pdf", "application/pdf")).toBe("Счёт-фактура 12_30.pdf");
  });

  it("drops folders, control and direction-override characters, hidden-file dots", () => {
    expect(sanitizeFileName("C:\\Users\\me\\spec.pdf", "application/pdf")).toBe("spec.pdf");
    expect(sanitizeFileName("../../etc/passwd.txt", "text/plain")).toBe("passwd.txt");
    expect(sanitizeFileName("in\u0000voice\r\n.pdf", "application/pdf")).toBe("invoice.pdf");
    expect(sanitizeFileName("invoice\u202Efdp.exe", "application/pdf")).toBe("invoicefdp.exe.pdf");
    expect(sanitizeFileName("..hidden.pdf", "application/pdf")).toBe("hidden.pdf");
    expect(sanitizeFileName("name. . .", "application/pdf")).toBe("name.pdf");
  });

  it("gives the sniffed type's extension when the name has another or none", () => {
    expect(sanitizeFileName("drawing.pdf", "image/png")).toBe("drawing.png");
    expect(sanitizeFileName("scan", "application/pdf")).toBe("scan.pdf");
    expect(sanitizeFileName("report.final", "application/pdf")).toBe("report.final.pdf");
    expect(sanitizeFileName("", "application/zip")).toBe("attachment.zip");
    expect(sanitizeFileName("\u202E", "text/csv")).toBe("attachment.csv");
  });

  it("cuts long names to 200 characters by code point, keeping the extension", () => {
    const name = sanitizeFileName(`${"图".repeat(150)}${"😀".repeat(100)}.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(name).toBe(`${"图".repeat(150)}${"😀".repeat(45)}.xlsx`);
    expect([...name]).toHaveLength(200);
  });

  it("normalizes to NFC", () => {
    expect(sanitizeFileName("Cafe\u0301.txt", "text/plain")).toBe("Caf\u00e9.txt");
  });
});
