"""Common first names that news readers take for a man's or a woman's, so that "she said" is not
given to a James nor "he said" to a Patricia.

Only names read one way in English-language news are listed; names borne by both (Jordan, Sam,
Alex, Jean, Andrea, Nicola, Kim, Lee, Mel…) are left out, and a person whose first name is in
neither list may be "he" or "she". Titles and gendered roles ("Mrs", "spokeswoman") decide
before these lists do (see speakers.py).
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


_MALE = """
Aaron Abdul Adam Ahmed Alan Alastair Albert Alberto Alejandro Alessandro Alexander Alexei
Alfie Ali Alistair Anders Andrei Andres Andrés Andrew Angus Anthony Antonio Archie Arjun Arthur
Austin Ben Benjamin Bill Billy Bob Bobby Boris Brandon Brian Bruce Bryan Bukayo Callum Carl
Carlos Charles Charlie Christian Christopher Ciaran Clive Colin Connor Conor Cristiano Dafydd
Dan Daniel Darren Dave David Dean Declan Dennis Derek Diego Dmitry Donald Douglas Duncan Dylan
Ed Edward Edwin Elijah Elliot Elon Emmanuel Enrique Eric Erik Erling Ethan Eugene Ewan Felix
Fernando Francesco Francis Francisco Frank Fred Freddie Friedrich Gabriel Gareth Gary Gavin
Geoffrey George Gerald Giovanni Giuseppe Glenn Gordon Graham Grant Greg Gregory Gustavo Hamish
Hans Harold Harry Hassan Henry Hiroshi Howard Hugh Hugo Hussein Ian Ibrahim Ivan Jack Jacob
Jacques Jamal James Jason Javier Jeff Jeffrey Jensen Jeremy Jerome Jerry Jim Jimmy Joe John
Jonathan Jorge Jose José Joseph Joshua Juan Julian Jurgen Jürgen Justin Keir Keith Kenji
Kenneth Kevin Kieran Kirk Klaus Kyle Kylian Lars Larry Lawrence Leo Leonard Lewis Liam Lionel
Logan Louis Luca Luis Malcolm Manuel Marco Marcus Mario Mark Martin Mason Matt Matteo Matthew
Max Michael Miguel Mikhail Mikel Mike Mohamed Mohammad Mohammed Muhammad Narendra Nathan
Nathaniel Neil Nicholas Nick Nicolas Nigel Nikolai Noah Norman Olaf Oliver Olivier Omar Oscar
Owen Pablo Patrick Paul Paulo Pedro Pep Pete Peter Phil Philip Pierre Quentin Rafael Rahul Raj
Ralph Randy Raymond Recep Reginald Rhys Richard Rick Ricky Rishi Rob Robert Roberto Roger Ron
Ronald Rory Roy Rui Rupert Russell Ryan Samuel Sanjay Satya Scott Seamus Sean Sergei Sergio
Simon Stanley Stephen Steve Steven Stuart Sundar Sven Takeshi Ted Theo Thomas Tim Timothy Tom
Tony Trevor Tyler Victor Vijay Vincent Vladimir Volodymyr Walter Warren Wayne Wes Wesley Will
William Willie Wolfgang Xavier Yuri Yusuf Zach Zachary
André Antônio António Björn François Jérôme João Jörg Łukasz Luís Raphaël Sébastien Søren
Stéphane Tomás Władysław
Bongani Cyril Dinesh Mahesh Mukesh Rajesh Rakesh Ramesh Sipho Suresh Thabo
"""

_FEMALE = """
Abigail Aisha Akiko Alessandra Alice Alison Amanda Amber Amelia Amy Ana Anastasia Angela Anita
Ann Anna Annalena Anne Annie Ashley Astrid Ava Ayesha Barbara Beatriz Betty Beverly Brenda
Bridget Brigitte Brittany Camila Carmen Carol Carolyn Catherine Charlotte Cheryl Chiara Chloe
Christina Christine Claire Clare Claudia Cynthia Daniela Danielle Debbie Deborah Debra Denise
Diana Diane Donna Doris Dorothy Ekaterina Elaine Elena Elizabeth Ella Ellie Emily Emma Esther
Evelyn Evie Fatima Fernanda Fiona Florence Frances Francesca Freya Gabriela Gillian Giorgia
Giulia Gloria Grace Greta Hannah Heather Heidi Helen Hillary Holly Indira Ingrid Irina Isabel
Isabella Isabelle Isla Ivy Jacinda Jacqueline Jade Jane Janet Janice Jennifer Jessica Joan
Joanna Joyce Judith Judy Julia Juliana Julie Kamala Karen Karine Kate Katherine Kathleen
Kathryn Katie Kayla Keiko Kelly Kemi Kimberly Kirsty Lakshmi Laura Lauren Leah Leila Layla
Linda Lisa Liz Lori Lorraine Louise Lucia Lucía Lucy Lynn Madison Margaret Maria Mariam Marianne
Marie Marilyn Marine Marta Martha Mary Maryam Meera Megan Melissa Mia Michelle Miriam Monique
Nadine Nancy Naomi Natalia Natalie Nathalie Nicole Olga Olivia Pamela Paola Patricia Paula
Penny Petra Poppy Priti Priya Rachel Rebecca Rebekah Rosa Rosie Ruth Sabine Sally Samantha
Sandra Sara Sarah Sharon Shirley Siobhan Sofia Sofía Sonia Sophia Sophie Stephanie Suella Sunita
Susan Susanne Svetlana Sylvie Tatiana Teresa Theresa Tracey Tracy Ursula Valentina Victoria
Virginia Yasmin Yasmine Yuki Yvette Yvonne Zainab Zoe
Agnès Chloé Françoise Hélène Inês Małgorzata María Zoë
Lindiwe Nomsa Nomvula Thandeka Zanele
"""

FIRST_NAMES: dict[str, Gender] = {
    **{name: Gender.MALE for name in _MALE.split()},
    **{name: Gender.FEMALE for name in _FEMALE.split()},
}
