import type { CardBehavior } from "../state/types";
import { cardDeclined, invalidRequest } from "../wire/errors";

export interface TestCard {
  number: string;
  brand: string;
  funding: string;
  behavior: CardBehavior;
}

// Stripe's documented test cards, tokens and PaymentMethods that Newsstand's flows need.
const CARDS: TestCard[] = [
  { number: "4242424242424242", brand: "visa", funding: "credit", behavior: "succeed" },
  { number: "4000056655665556", brand: "visa", funding: "debit", behavior: "succeed" },
  { number: "5555555555554444", brand: "mastercard", funding: "credit", behavior: "succeed" },
  { number: "4000000000000002", brand: "visa", funding: "credit", behavior: "decline_on_attach" },
  { number: "4000000000009995", brand: "visa", funding: "credit", behavior: "decline_on_attach" },
  { number: "4000000000000341", brand: "visa", funding: "credit", behavior: "decline_on_charge" },
];

const ALIASES: Record<string, string> = {
  visa: "4242424242424242",
  visa_debit: "4000056655665556",
  mastercard: "5555555555554444",
  chargeDeclined: "4000000000000002",
  chargeDeclinedInsufficientFunds: "4000000000009995",
  chargeCustomerFail: "4000000000000341",
};

export function findTestCard(rawNumber: string): TestCard {
  const number = rawNumber.replace(/[\s-]/g, "");
  const card = CARDS.find((c) => c.number === number);
  if (card) return card;
  if (!/^\d{12,19}$/.test(number))
    throw invalidRequest("Your card number is incorrect.", "card[number]", "incorrect_number");
  // Any other number that passes the Luhn check behaves like 4242.
  if (!passesLuhn(number))
    throw invalidRequest("Your card number is incorrect.", "card[number]", "incorrect_number");
  return {
    number,
    brand: number.startsWith("5") ? "mastercard" : "visa",
    funding: "credit",
    behavior: "succeed",
  };
}

// tok_visa, tok_chargeDeclined, pm_card_visa, pm_card_chargeCustomerFail …
export function findCardByAlias(alias: string): TestCard | undefined {
  const name = alias.replace(/^(tok_|pm_card_)/, "");
  const number = ALIASES[name];
  return number ? findTestCard(number) : undefined;
}

export function declineFor(last4: string): never {
  if (last4 === "9995") throw cardDeclined("insufficient_funds", "Your card has insufficient funds.");
  throw cardDeclined("generic_decline");
}

function passesLuhn(number: string): boolean {
  let sum = 0;
  [...number].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return sum % 10 === 0;
}
