import { findTestCard, type TestCard } from "../resources/test-cards";
import { invalidRequest } from "../wire/errors";

export interface CardInput {
  card: TestCard;
  expMonth: number;
  expYear: number;
}

// Reads the hosted card fields; null when the card number was left empty.
export function readCardForm(form: URLSearchParams, nowUnix: number): CardInput | null {
  const number = (form.get("cardNumber") ?? "").trim();
  if (number === "") return null;
  const card = findTestCard(number);
  const expiry = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(form.get("cardExpiry") ?? "");
  if (!expiry)
    throw invalidRequest(
      "Your card's expiration date is incomplete.",
      "card[exp_month]",
      "invalid_expiry_month",
    );
  const expMonth = Number(expiry[1]);
  const rawYear = Number(expiry[2]);
  const expYear = rawYear < 100 ? 2000 + rawYear : rawYear;
  const now = new Date(nowUnix * 1000);
  if (expMonth < 1 || expMonth > 12)
    throw invalidRequest(
      "Your card's expiration month is invalid.",
      "card[exp_month]",
      "invalid_expiry_month",
    );
  if (
    expYear < now.getUTCFullYear() ||
    (expYear === now.getUTCFullYear() && expMonth < now.getUTCMonth() + 1)
  ) {
    throw invalidRequest(
      "Your card's expiration year is in the past.",
      "card[exp_year]",
      "invalid_expiry_year",
    );
  }
  if (!/^\d{3,4}$/.test((form.get("cardCvc") ?? "").trim())) {
    throw invalidRequest("Your card's security code is incomplete.", "card[cvc]", "incomplete_cvc");
  }
  return { card, expMonth, expYear };
}
