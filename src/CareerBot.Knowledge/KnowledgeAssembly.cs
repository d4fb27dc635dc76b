namespace CareerBot.Knowledge;
