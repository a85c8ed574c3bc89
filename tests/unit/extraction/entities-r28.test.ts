// Round 28 of issue 13: entity recognition, on sentences written for this test (none taken from any
// corpus): people named after a diplomatic or Indian form of address ("H.E. Mr.", "His Highness
// Sheikh", "Shri"); an "of"-name of a body that "and" joins to a second party's name; public lenders
// named after a sector ("Industrial Development Corporation"); classes of metals the gold never names;
// agents named after what they make are no listed goods.

import { describe } from "vitest";
import { itTypesRows } from "../../_helpers/rows.ts";

describe("extraction", () => {
  describe("people after a diplomatic form of address (round 28)", () => {
    itTypesRows(
      "Person",
      [
        ["The forum was attended by H.E. Mr. Tomas Ruiz Delgado Pena, the vice minister.", "Tomas Ruiz Delgado Pena"],
        ["The forum was attended by H.E. Ms Laura Pinto Vega on Monday.", "Laura Pinto Vega"],
        ["The delegation was led by H.E. Shri Anand Rao Kulkarni, the ambassador.", "Anand Rao Kulkarni"],
        ["The talks were joined by Shri Anand Kulkarni on Monday.", "Anand Kulkarni"],
        ["The deal was witnessed by His Highness Sheikh Hamdan Bin Saeed Al Falasi.", "Hamdan Bin Saeed Al Falasi"],
        ["The deal was witnessed by His Excellency Tomas Ruiz on Friday.", "Tomas Ruiz"],
      ],
      [
        // The form of address is no part of the name.
        [
          "The forum was attended by H.E. Mr. Tomas Ruiz Delgado Pena, the vice minister.",
          "Mr. Tomas Ruiz Delgado Pena",
        ],
        ["The talks were joined by Shri Anand Kulkarni on Monday.", "Shri Anand Kulkarni"],
        // A name of six words is no name the form opens.
        [
          "The deal was witnessed by His Excellency Tomas Ruiz Delgado Pena Vega Soto.",
          "Tomas Ruiz Delgado Pena Vega Soto",
        ],
        // No form of address: "His" alone opens nothing.
        ["The deal was praised by His Majesty's Government on Friday.", "Majesty"],
      ],
    );
  });

  describe("a body's of-name joined by 'and' to another party (round 28)", () => {
    itTypesRows(
      "Organization",
      [["The project is led by the University of Leeds and FluxMetal in Ohio.", "University of Leeds"]],
      [
        ["The project is led by the University of Leeds and FluxMetal in Ohio.", "University of Leeds and FluxMetal"],
        // Words after "and" that no body's head closes stay inside the name.
        ["The Center for Strategic and International Studies said prices rose.", "Center for Strategic"],
      ],
    );
    itTypesRows(
      "Company",
      [["The project is led by the University of Leeds and FluxMetal in Ohio.", "FluxMetal"]],
      [["The Department of Trade and Industry said exports rose.", "Industry"]],
    );
  });

  describe("public lenders named after a sector (round 28)", () => {
    itTypesRows(
      "Organization",
      [
        [
          "The Industrial Development Corporation said it would lend $50 million to Kestrel Steel.",
          "Industrial Development Corporation",
        ],
        ["The International Finance Corporation joined the loan.", "International Finance Corporation"],
        ["The Rural Development Bank declined to comment.", "Rural Development Bank"],
      ],
      [
        // A firm's own name before the lending word: a firm.
        ["Toyota Finance Corporation sold bonds on Monday.", "Toyota Finance Corporation"],
        ["Harbor Development Corporation sold shares on Monday.", "Harbor Development Corporation"],
      ],
    );
    itTypesRows(
      "Company",
      [["Harbor Development Corporation sold shares on Monday.", "Harbor Development Corporation"]],
      [
        [
          "The Industrial Development Corporation said it would lend $50 million.",
          "Industrial Development Corporation",
        ],
      ],
    );
  });

  describe("classes of metals and agents that are no goods (round 28)", () => {
    itTypesRows(
      "Mineral",
      [
        ["China restricted exports of critical minerals and gallium.", "critical minerals"],
        ["Prices of base metals rose in London.", "base metals"],
      ],
      [
        ["Prices of critical metals rose after the curbs.", "critical metals"],
        ["The fund invests in battery metals and lithium.", "battery metals"],
      ],
    );
    itTypesRows(
      "Product",
      [["Rare earth magnets are used in smartphones, electric motors and wind turbines.", "electric motors"]],
      [
        ["The curbs hit smartphones, automakers and chipmakers.", "automakers"],
        ["The curbs hit smartphones, automakers and chipmakers.", "chipmakers"],
        ["The rule covers crude oil, traders and refiners.", "traders"],
      ],
    );
  });
});
