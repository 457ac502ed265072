/** What the preview starts with when no lesson is asked for: math and one widget of each kind. */
export const SAMPLE_SOURCE = String.raw`---
title: A sample draft
summary: Everything a lesson can hold, to edit and watch.
objectives:
  - Try the widgets
minutes: 5
---

## The derivative

The derivative of $f(x) = x^2$ at $x$ is the limit of the slope of a secant:

$$
f'(x) = \lim_{h \to 0} \frac{(x + h)^2 - x^2}{h} = 2x .
$$

<Callout kind="tip">
  Drag the point and shrink $h$ to watch the secant turn into the tangent.
</Callout>

<FunctionPlot fn="square" secant />

<ContourPlot surface="elongated" />

<LineChart
  title="Training loss"
  series={[{ name: "η = 0.1", values: [1, 0.6, 0.38, 0.25, 0.17, 0.12, 0.09] }]}
/>

<Quiz
  id="slope-sign"
  stem="What is $f'(3)$ for $f(x) = x^2$?"
  choices={[
    { id: "six", text: "$6$", correct: true, feedback: "Yes: $f'(x) = 2x$." },
    { id: "nine", text: "$9$", feedback: "That is $f(3)$, the height, not the slope." },
  ]}
  explanation="$f'(x) = 2x$, so $f'(3) = 6$."
/>

<Ordering
  id="gd-steps"
  prompt="Put one step of gradient descent in order."
  items={["Compute the loss", "Compute the gradient $\\nabla L$", "Update $w \\leftarrow w - \\eta \\nabla L$"]}
/>

<Match
  id="meanings"
  prompt="Match each idea to what it measures."
  targets={[
    { id: "slope", text: "slope" },
    { id: "curvature", text: "curvature" },
  ]}
  items={[
    { text: "first derivative $f'$", target: "slope" },
    { text: "second derivative $f''$", target: "curvature" },
  ]}
/>

<Exercise id="central-difference" />
`;
